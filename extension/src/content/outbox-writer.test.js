import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContentScripts } from '../../test/support/load-content-scripts.js';
import { fakeStorageArea, scriptedFetch } from '../../test/support/fake-chrome.js';
import { logRejection, recordEvent, listRequests } from '../lib/requests.js';
import { flushOutbox } from '../lib/queue.js';

async function setUp() {
  const area = fakeStorageArea({ connection: { origin: 'https://d.example', token: 't', status: 'connected' } });
  const content = loadContentScripts(['namespace.js', 'uuid7.js', 'outbox-writer.js'], { chrome: { storage: { local: area } } });
  const request = await logRejection(area, { company: 'Acme', role: 'QA', rejectionAt: '2026-03-02T07:30:00Z' });
  await recordEvent(area, request.id, 'DRAFTED', { templateVersionId: 'v-3', webmail: 'gmail' });
  await flushOutbox({ area, fetch: scriptedFetch([{ status: 200 }]) });
  return { area, content, request };
}

const details = {
  recipients: ['Talent@Acme.example.com', 'cc@other.example'], subject: 'Thank you', webmail: 'gmail', threadId: 'thread-1', messageId: null,
};

test('a send recorded by the content script is what the service worker sends next', async () => {
  const { area, content, request } = await setUp();
  await content.outbox.recordSent(await content.outbox.loadRequest(request.id), details, new Date('2026-03-02T10:00:00Z'));
  const fetch = scriptedFetch([{ status: 200 }]);
  assert.deepEqual(await flushOutbox({ area, fetch }), { sent: 2, failed: 0, stoppedBy: null, reason: null });
  assert.deepEqual(fetch.calls.map((call) => `${call.method} ${call.url}`), [
    `PUT https://d.example/api/v1/requests/${request.id}`,
    `POST https://d.example/api/v1/requests/${request.id}/events`,
  ]);
  assert.deepEqual(fetch.calls[0].body, {
    company: 'Acme', role: 'QA', interviewerName: null, recipientDomain: 'acme.example.com', webmail: 'gmail',
    channel: 'EMAIL', rejectionAt: '2026-03-02T07:30:00.000Z', templateVersionId: 'v-3', parentRequestId: null,
  });
  assert.equal(fetch.calls[1].body.type, 'SENT');
  assert.equal(fetch.calls[1].body.occurredAt, '2026-03-02T10:00:00.000Z');
  // time-ordered ids, as the server's tables keep them (src/content/uuid7.js)
  for (const id of [request.id, fetch.calls[1].body.id]) assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('the recipient address stays in the browser; only its domain is queued for the server', async () => {
  const { area, content, request } = await setUp();
  await content.outbox.recordSent(await content.outbox.loadRequest(request.id), details);
  const outbox = JSON.stringify(Object.entries(area.data).filter(([key]) => key.startsWith('outbox/')));
  assert.doesNotMatch(outbox, /talent@/i);
  const [listed] = await listRequests(area);
  assert.equal(listed.state, 'SENT');
  assert.deepEqual(listed.sent.to, details.recipients);
  assert.equal(listed.sent.subject, 'Thank you');
});

test('an answer given in the webmail is queued as a manual event the service worker sends, and settles the request', async () => {
  const { area, content, request } = await setUp();
  await content.outbox.recordSent(await content.outbox.loadRequest(request.id), details);
  await flushOutbox({ area, fetch: scriptedFetch([{ status: 200 }]) });
  assert.equal(await content.outbox.alreadySettled(request.id, 'INBOX/7'), false);
  await content.outbox.recordAnswer(request.id, 'REPLIED_DECLINED', new Date('2026-03-05T09:00:00Z'));
  const fetch = scriptedFetch([{ status: 200 }]);
  await flushOutbox({ area, fetch });
  assert.deepEqual(fetch.calls.map((call) => [call.method, call.body.type, call.body.occurredAt]), [['POST', 'REPLIED_DECLINED', '2026-03-05T09:00:00.000Z']]);
  assert.equal((await listRequests(area))[0].state, 'REPLIED_DECLINED');
  assert.equal(await content.outbox.alreadySettled(request.id, 'INBOX/7'), true);
});

test('"Not a reply" is remembered for that message only', async () => {
  const { area, content, request } = await setUp();
  await content.outbox.rememberNotAReply(request.id, 'INBOX/7');
  assert.equal(await content.outbox.alreadySettled(request.id, 'INBOX/7'), true);
  assert.equal(await content.outbox.alreadySettled(request.id, 'INBOX/8'), false);
  assert.equal(Object.keys(area.data).some((key) => key.startsWith('outbox/')), false, 'nothing for the server');
});
