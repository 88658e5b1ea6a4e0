import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeStorageArea } from '../../test/support/fake-chrome.js';
import { migrateStorage, SCHEMA_VERSION, listByPrefix, markDisconnected, isConnected, getConnection } from './storage.js';

test('a fresh install gets the defaults and the current schema version', async () => {
  const area = fakeStorageArea();
  assert.deepEqual(await migrateStorage(area), { from: 0, to: SCHEMA_VERSION });
  assert.equal(area.data.schemaVersion, SCHEMA_VERSION);
  assert.deepEqual(area.data.outboxRetry, { attempt: 0 });
  assert.equal(await getConnection(area), null);
});

test('migrating never writes what the popup writes, so a connection made meanwhile is not wiped', async () => {
  const area = fakeStorageArea();
  await migrateStorage(area);
  for (const key of ['connection', 'templates', 'settings']) assert.equal(key in area.data, false, key);
});

test('migrating keeps what the user already has', async () => {
  const connection = { origin: 'https://debrief.example.com', token: 't', status: 'connected' };
  const area = fakeStorageArea({ connection });
  await migrateStorage(area);
  assert.deepEqual(area.data.connection, connection);
});

test('a store written by a newer build is left untouched', async () => {
  const area = fakeStorageArea({ schemaVersion: SCHEMA_VERSION + 5, templates: 'future shape' });
  await migrateStorage(area);
  assert.equal(area.data.templates, 'future shape');
  assert.equal(area.data.schemaVersion, SCHEMA_VERSION + 5);
});

test('records are listed by prefix in key order', async () => {
  const area = fakeStorageArea({ 'outbox/2': 'b', 'outbox/1': 'a', 'event/1': 'x' });
  assert.deepEqual(await listByPrefix(area, 'outbox/'), [['outbox/1', 'a'], ['outbox/2', 'b']]);
});

test('disconnecting forgets the token but remembers the server', async () => {
  const area = fakeStorageArea({ connection: { origin: 'https://d.example', token: 'secret', status: 'connected' } });
  assert.equal(isConnected(await getConnection(area)), true);
  await markDisconnected(area, 'revoked');
  const after = await getConnection(area);
  assert.equal(isConnected(after), false);
  assert.equal(after.token, null);
  assert.equal(after.origin, 'https://d.example');
});

test('a version 1 store gains the reply-tracking keys and keeps its requests', async () => {
  const area = fakeStorageArea({ schemaVersion: 1, connection: null, templates: { fetchedAt: null, items: [] }, outboxRetry: { attempt: 0 }, 'request/r1': { id: 'r1' } });
  assert.deepEqual(await migrateStorage(area), { from: 1, to: 2 });
  assert.equal('settings' in area.data, false, 'settings arrive from the server; a missing key reads as none');
  assert.deepEqual(area.data.replyWatch, { requests: [] });
  assert.deepEqual(area.data['request/r1'], { id: 'r1' });
});
