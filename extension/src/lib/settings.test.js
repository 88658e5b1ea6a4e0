import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeStorageArea, scriptedFetch } from '../../test/support/fake-chrome.js';
import { refreshSettings } from './settings.js';

const connection = { origin: 'https://d.example', token: 't', status: 'connected' };
const now = () => new Date('2026-03-02T08:00:00Z');

test('GET /me stores the practice settings the questions run on', async () => {
  const area = fakeStorageArea({ connection });
  const fetch = scriptedFetch([{ status: 200, body: { client: { name: 'Sam' }, settings: { noReplyDays: 10, followUpDay: 7, followUpTemplateId: 'tpl-9' } } }]);
  await refreshSettings({ area, connection, fetch, now });
  assert.equal(fetch.calls[0].url, 'https://d.example/api/v1/me');
  assert.deepEqual(area.data.settings, { noReplyDays: 10, followUpDay: 7, followUpTemplateId: 'tpl-9', fetchedAt: '2026-03-02T08:00:00.000Z' });
});

test('a server without a follow-up template setting yet gives null, and offline keeps what was stored', async () => {
  const area = fakeStorageArea({ connection });
  await refreshSettings({ area, connection, fetch: scriptedFetch([{ status: 200, body: { settings: { noReplyDays: 14, followUpDay: 5 } } }]), now });
  assert.equal(area.data.settings.followUpTemplateId, null);
  await refreshSettings({ area, connection, fetch: scriptedFetch([new TypeError('Failed to fetch')]), now });
  await refreshSettings({ area, connection, fetch: scriptedFetch([{ status: 503 }]), now });
  assert.equal(area.data.settings.noReplyDays, 14);
});

test('a revoked token disconnects', async () => {
  const area = fakeStorageArea({ connection });
  await refreshSettings({ area, connection, fetch: scriptedFetch([{ status: 401 }]), now });
  assert.equal(area.data.connection.status, 'revoked');
});
