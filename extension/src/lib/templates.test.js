import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeStorageArea, scriptedFetch } from '../../test/support/fake-chrome.js';
import { refreshTemplates } from './templates.js';

const connection = { origin: 'https://d.example', token: 't', status: 'connected' };
const now = () => new Date('2026-03-02T08:00:00Z');
const thanks = { versionId: 'v1', name: 'Thanks', kind: 'EMAIL', segments: [] };

test('the list and its ETag are stored, and the next refresh revalidates with If-None-Match', async () => {
  const area = fakeStorageArea({ connection });
  await refreshTemplates({ area, connection, now, fetch: scriptedFetch([{ status: 200, body: [thanks], headers: { etag: '"abc"' } }]) });
  assert.deepEqual(area.data.templates, { fetchedAt: '2026-03-02T08:00:00.000Z', items: [thanks], etag: '"abc"' });

  const revalidate = scriptedFetch([{ status: 304 }]);
  const items = await refreshTemplates({ area, connection, now: () => new Date('2026-03-03T08:00:00Z'), fetch: revalidate });
  assert.equal(revalidate.calls[0].url, 'https://d.example/api/v1/templates');
  assert.equal(revalidate.calls[0].headers['if-none-match'], '"abc"');
  assert.deepEqual(items, [thanks]);
  assert.deepEqual(area.data.templates.items, [thanks], 'a 304 keeps the stored list');
});

test('a changed list replaces the stored one with its new ETag', async () => {
  const area = fakeStorageArea({ connection, templates: { fetchedAt: 'x', items: [thanks], etag: '"abc"' } });
  const second = { ...thanks, versionId: 'v2' };
  await refreshTemplates({ area, connection, now, fetch: scriptedFetch([{ status: 200, body: [second], headers: { etag: '"def"' } }]) });
  assert.deepEqual(area.data.templates.items, [second]);
  assert.equal(area.data.templates.etag, '"def"');
});

test('without a stored list no ETag is sent', async () => {
  const area = fakeStorageArea({ connection });
  const fetch = scriptedFetch([{ status: 200, body: [], headers: { etag: '"e"' } }]);
  await refreshTemplates({ area, connection, now, fetch });
  assert.equal(fetch.calls[0].headers['if-none-match'], undefined);
});

test('offline or a server fault keeps the stored templates; a revoked token disconnects', async () => {
  const area = fakeStorageArea({ connection, templates: { fetchedAt: 'x', items: [thanks], etag: '"abc"' } });
  assert.deepEqual(await refreshTemplates({ area, connection, now, fetch: scriptedFetch([new TypeError('Failed to fetch')]) }), [thanks]);
  assert.deepEqual(await refreshTemplates({ area, connection, now, fetch: scriptedFetch([{ status: 503 }]) }), [thanks]);
  assert.deepEqual(area.data.templates.items, [thanks]);
  await refreshTemplates({ area, connection, now, fetch: scriptedFetch([{ status: 401 }]) });
  assert.equal(area.data.connection.status, 'revoked');
  assert.deepEqual(area.data.templates.items, [thanks], 'nothing is lost: reconnecting starts from them');
});
