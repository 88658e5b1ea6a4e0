import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from './connect.js';
import { encodeOriginForCode } from './connection-code.js';
import { fakeStorageArea, fakePermissions, scriptedFetch } from '../../test/support/fake-chrome.js';

const origin = 'https://debrief.example.com';
const code = `DBR1.${encodeOriginForCode(origin)}.MZXW6YTBOI4DSNZQ`;
const answer = { token: 'tok-123', client: { name: 'Sam Lee' }, coach: { name: 'Ana' }, practice: { name: 'North Careers' } };
const now = () => new Date('2026-03-02T08:00:00Z');

test('connecting asks for the server origin, trades the code and stores the token', async () => {
  const permissions = fakePermissions();
  const fetch = scriptedFetch([{ status: 200, body: answer }]);
  const area = fakeStorageArea();
  const connection = await connect({ code, label: 'Chromium on laptop', permissions, fetch, area, now });
  assert.deepEqual(permissions.requested, [{ origins: [`${origin}/*`] }]);
  assert.deepEqual(fetch.calls, [{
    url: `${origin}/api/v1/connections`, method: 'POST',
    headers: { accept: 'application/json, application/problem+json', 'content-type': 'application/json' },
    body: { code, label: 'Chromium on laptop' },
  }]);
  assert.equal(area.data.connection.token, 'tok-123');
  assert.equal(area.data.connection.status, 'connected');
  assert.equal(connection.practice.name, 'North Careers');
});

test('declining the permission stops before anything is sent', async () => {
  const fetch = scriptedFetch([{ status: 200, body: answer }]);
  await assert.rejects(
    connect({ code, label: 'x', permissions: fakePermissions({ grant: false }), fetch, area: fakeStorageArea() }),
    /needs your permission to reach https:\/\/debrief\.example\.com/,
  );
  assert.equal(fetch.calls.length, 0);
});

test('a malformed code fails before any permission is asked', async () => {
  const permissions = fakePermissions();
  await assert.rejects(connect({ code: 'DBR1.abc', label: 'x', permissions, fetch: scriptedFetch([{}]), area: fakeStorageArea() }), /incomplete/);
  assert.equal(permissions.requested.length, 0);
});

for (const status of [400, 429]) {
  test(`a ${status} problem answer shows its detail to the user`, async () => {
    const detail = status === 400 ? 'This code has expired. Ask your coach for a new one.' : 'Too many attempts. Wait a minute.';
    const fetch = scriptedFetch([{ status, body: { title: 'Bad code', detail, status }, contentType: 'application/problem+json' }]);
    const area = fakeStorageArea();
    await assert.rejects(connect({ code, label: 'x', permissions: fakePermissions(), fetch, area }), { message: detail });
    assert.equal(area.data.connection, undefined);
  });
}

test('an unreachable server is reported as such', async () => {
  const fetch = scriptedFetch([new TypeError('Failed to fetch')]);
  await assert.rejects(connect({ code, label: 'x', permissions: fakePermissions(), fetch, area: fakeStorageArea() }), /Could not reach https:\/\/debrief\.example\.com/);
});

test('the practice settings in the connect answer are stored for the reply questions', async () => {
  const area = fakeStorageArea();
  const fetch = scriptedFetch([{ status: 201, body: { ...answer, settings: { noReplyDays: 10, followUpDay: 7 } } }]);
  await connect({ code, label: 'x', permissions: fakePermissions(), fetch, area, now });
  assert.deepEqual(area.data.settings, { noReplyDays: 10, followUpDay: 7, followUpTemplateId: null, fetchedAt: '2026-03-02T08:00:00.000Z' });
});
