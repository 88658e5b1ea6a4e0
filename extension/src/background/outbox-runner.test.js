import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { fakeChrome, fakeStorageArea, scriptedFetch } from '../../test/support/fake-chrome.js';
import { enqueue, eventItem } from '../lib/queue.js';
import { runOutbox, resumeStalledOutbox, OUTBOX_ALARM } from './outbox-runner.js';

const realFetch = globalThis.fetch;
const item = eventItem('6f1c1d3e-8a0b-4c57-9d1e-2b7a3c4d5e6f', { id: 'e1', type: 'SENT', occurredAt: '2026-03-02T10:00:00Z' });

beforeEach(async () => {
  globalThis.chrome = fakeChrome(fakeStorageArea({ connection: { origin: 'https://d.example', token: 't', status: 'connected' } }));
  await enqueue(chrome.storage.local, [item]);
});

afterEach(() => {
  globalThis.fetch = realFetch;
  delete globalThis.chrome;
});

test('a failed send is retried by an alarm, later each time', async () => {
  globalThis.fetch = scriptedFetch([{ status: 503 }]);
  const before = Date.now();
  await runOutbox();
  const first = chrome.alarms.created.get(OUTBOX_ALARM).when - before;
  await runOutbox();
  const second = chrome.alarms.created.get(OUTBOX_ALARM).when - before;
  assert.ok(first >= 30_000 && first < 31_000, `first retry after about 30 s, was ${first}`);
  assert.ok(second >= 60_000 && second < 61_000, `second retry after about 60 s, was ${second}`);
});

test('a successful send clears the retry alarm and the backoff', async () => {
  globalThis.fetch = scriptedFetch([{ status: 503 }]);
  await runOutbox();
  globalThis.fetch = scriptedFetch([{ status: 201 }]);
  await runOutbox();
  assert.equal(chrome.alarms.created.has(OUTBOX_ALARM), false);
  assert.deepEqual(chrome.storage.local.data.outboxRetry, { attempt: 0 });
  assert.equal(Object.keys(chrome.storage.local.data).some((key) => key.startsWith('outbox/')), false);
});

test('calls while a send is running do not send the same item twice', async () => {
  const fetch = scriptedFetch([{ status: 200 }]);
  globalThis.fetch = fetch;
  await Promise.all([runOutbox(), runOutbox(), runOutbox()]);
  assert.equal(fetch.calls.length, 1);
});

test('an alarm is set before the first call, so a worker stopped mid-send is woken for the rest', async () => {
  let answer;
  globalThis.fetch = () => new Promise((resolve) => { answer = resolve; });
  const before = Date.now();
  const running = runOutbox();
  while (!answer) await new Promise((resolve) => setTimeout(resolve, 1));
  // Chrome could stop the worker right here, with the item sent but not acknowledged.
  const wake = chrome.alarms.created.get(OUTBOX_ALARM);
  assert.ok(wake && wake.when - before >= 30_000 && wake.when - before < 31_000, 'a wake-up alarm in about 30 s');
  answer(new Response(null, { status: 201 }));
  await running;
  assert.equal(chrome.alarms.created.has(OUTBOX_ALARM), false, 'cleared once everything is sent');
});

test('items left queued with no retry pending are sent on the next minute tick, and only then', async () => {
  const fetch = scriptedFetch([{ status: 201 }, { status: 201 }]);
  globalThis.fetch = fetch;
  await chrome.alarms.create(OUTBOX_ALARM, { when: Date.now() + 30_000 });
  await resumeStalledOutbox();
  assert.equal(fetch.calls.length, 0, 'a pending retry keeps its backoff');

  await chrome.alarms.clear(OUTBOX_ALARM);
  await resumeStalledOutbox();
  assert.equal(fetch.calls.length, 1, 'a stalled outbox is sent');
  await resumeStalledOutbox();
  assert.equal(fetch.calls.length, 1, 'an empty outbox sends nothing');
});
