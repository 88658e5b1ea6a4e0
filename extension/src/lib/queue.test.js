import { test } from 'node:test';
import assert from 'node:assert/strict';
import { enqueue, flushOutbox, requestItem, eventItem, retryDelayMs, classify } from './queue.js';
import { fakeStorageArea, scriptedFetch } from '../../test/support/fake-chrome.js';

const origin = 'https://debrief.example.com';
const connected = () => fakeStorageArea({ connection: { origin, token: 'tok', status: 'connected' } });
const request = {
  id: '6f1c1d3e-8a0b-4c57-9d1e-2b7a3c4d5e6f', company: 'Acme', role: 'Data Analyst', interviewerName: 'Ms Okafor',
  recipientDomain: null, webmail: null, channel: 'EMAIL', rejectionAt: '2026-03-02T08:00:00.000Z',
};
const logged = { id: '0b0e9a4c-1d2f-4e5a-8b6c-7d8e9f0a1b2c', type: 'REJECTION_LOGGED', occurredAt: '2026-03-02T08:05:00.000Z' };
const drafted = { id: '1c1f0b5d-2e3a-4f6b-9c7d-8e9f0a1b2c3d', type: 'DRAFTED', occurredAt: '2026-03-02T09:00:00.000Z' };
const outboxKeys = (area) => Object.keys(area.data).filter((key) => key.startsWith('outbox/'));
const failedItems = (area) => Object.entries(area.data).filter(([key]) => key.startsWith('failed/')).map(([, item]) => item);

async function queueRequestWithEvents(area) {
  await enqueue(area, [requestItem(request), eventItem(request.id, logged)], 1000);
  await enqueue(area, [eventItem(request.id, drafted)], 2000);
}

test('the request is PUT before its events are POSTed, all in order, with the contract bodies', async () => {
  const area = connected();
  await queueRequestWithEvents(area);
  const fetch = scriptedFetch([{ status: 201, body: {} }]);
  assert.deepEqual(await flushOutbox({ area, fetch }), { sent: 3, failed: 0, stoppedBy: null, reason: null });
  assert.deepEqual(fetch.calls.map(({ method, url }) => `${method} ${url}`), [
    `PUT ${origin}/api/v1/requests/${request.id}`,
    `POST ${origin}/api/v1/requests/${request.id}/events`,
    `POST ${origin}/api/v1/requests/${request.id}/events`,
  ]);
  assert.deepEqual(fetch.calls[0].body, {
    company: 'Acme', role: 'Data Analyst', interviewerName: 'Ms Okafor', recipientDomain: null, webmail: null,
    channel: 'EMAIL', rejectionAt: '2026-03-02T08:00:00.000Z', templateVersionId: null, parentRequestId: null,
  });
  assert.deepEqual(fetch.calls.slice(1).map((call) => call.body), [logged, drafted]);
  assert.equal(fetch.calls[0].headers.authorization, 'Bearer tok');
  assert.deepEqual(outboxKeys(area), []);
});

test('a server error keeps the item and everything after it for the next attempt', async () => {
  const area = connected();
  await queueRequestWithEvents(area);
  const fetch = scriptedFetch([{ status: 200 }, { status: 503 }]);
  const result = await flushOutbox({ area, fetch });
  assert.equal(result.stoppedBy, 'retry');
  assert.equal(result.sent, 1);
  assert.equal(outboxKeys(area).length, 2);
  const retry = scriptedFetch([{ status: 200 }]);
  await flushOutbox({ area, fetch: retry });
  assert.deepEqual(retry.calls.map((call) => call.body.type), ['REJECTION_LOGGED', 'DRAFTED']);
});

test('a network failure is retried, not dropped', async () => {
  const area = connected();
  await queueRequestWithEvents(area);
  const result = await flushOutbox({ area, fetch: scriptedFetch([new TypeError('Failed to fetch')]) });
  assert.equal(result.stoppedBy, 'retry');
  assert.equal(outboxKeys(area).length, 3);
});

test('a refused request moves to the failed list with the reason, and its events follow it', async () => {
  const area = connected();
  await queueRequestWithEvents(area);
  const problem = { title: 'Invalid', detail: 'company must not be blank', status: 422 };
  const fetch = scriptedFetch([{ status: 422, body: problem, contentType: 'application/problem+json' }]);
  assert.deepEqual(await flushOutbox({ area, fetch }), { sent: 0, failed: 3, stoppedBy: null, reason: null });
  assert.equal(fetch.calls.length, 1);
  const failed = failedItems(area);
  assert.equal(failed[0].reason, 'company must not be blank');
  assert.equal(failed[0].status, 422);
  assert.match(failed[1].reason, /request it belongs to was refused/);
  assert.deepEqual(outboxKeys(area), []);
});

test('a 409 conflict is not retried forever', async () => {
  const area = connected();
  await enqueue(area, [eventItem(request.id, drafted)]);
  await flushOutbox({ area, fetch: scriptedFetch([{ status: 409 }]) });
  const second = scriptedFetch([{ status: 200 }]);
  await flushOutbox({ area, fetch: second });
  assert.equal(second.calls.length, 0);
  assert.equal(failedItems(area)[0].status, 409);
});

test('a revoked token stops sending, keeps the queue and marks the extension disconnected', async () => {
  const area = connected();
  await queueRequestWithEvents(area);
  const fetch = scriptedFetch([{ status: 401 }]);
  assert.equal((await flushOutbox({ area, fetch })).stoppedBy, 'unauthorized');
  assert.equal(fetch.calls.length, 1);
  assert.equal(outboxKeys(area).length, 3);
  assert.equal(area.data.connection.status, 'revoked');
  const afterwards = scriptedFetch([{ status: 200 }]);
  assert.equal((await flushOutbox({ area, fetch: afterwards })).stoppedBy, 'not-connected');
  assert.equal(afterwards.calls.length, 0);
});

test('retries back off from 30 seconds to at most 30 minutes', () => {
  assert.deepEqual([0, 1, 2, 3, 10].map(retryDelayMs), [30_000, 60_000, 120_000, 240_000, 1_800_000]);
});

test('answers are sorted into acknowledged, retry, permanent and revoked', () => {
  assert.deepEqual([200, 201, 204, 400, 404, 409, 422, 408, 429, 500, 503, 401].map(classify), [
    'done', 'done', 'done', 'permanent', 'permanent', 'permanent', 'permanent', 'retry', 'retry', 'retry', 'retry', 'unauthorized',
  ]);
});

test('a call the network never answers is abandoned after a timeout and becomes a retry', async () => {
  const area = connected();
  await queueRequestWithEvents(area);
  let signal;
  const hangingFetch = (url, init) => new Promise((resolve, reject) => {
    signal = init.signal;
    init.signal.addEventListener('abort', () => reject(new DOMException('The operation timed out.', 'TimeoutError')));
  });
  const flushing = flushOutbox({ area, fetch: hangingFetch });
  await new Promise((resolve) => setImmediate(resolve));
  assert.ok(signal instanceof AbortSignal, 'every call carries a timeout signal');
  assert.equal(signal.aborted, false);
  // what AbortSignal.timeout does after CALL_TIMEOUT_MS, done at once
  signal.dispatchEvent(new Event('abort'));
  const result = await flushing;
  assert.equal(result.stoppedBy, 'retry');
  assert.equal(outboxKeys(area).length, 3, 'nothing lost');
});
