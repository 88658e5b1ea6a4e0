import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeStorageArea } from '../../test/support/fake-chrome.js';
import { loadContentScripts } from '../../test/support/load-content-scripts.js';
import { logRejection, recordEvent } from './requests.js';
import { refreshReplyWatch } from './reply-watch.js';

async function sentThroughTheWebmail(area, company) {
  const content = loadContentScripts(['namespace.js', 'uuid7.js', 'outbox-writer.js'], { chrome: { storage: { local: area } } });
  const request = await logRejection(area, { company, rejectionAt: '2026-03-02T08:00:00Z' });
  await content.outbox.recordSent(await content.outbox.loadRequest(request.id), {
    recipients: [`talent@${company.toLowerCase()}.example`], subject: `Thank you, ${company}`, webmail: 'gmail', threadId: `t-${company}`, messageId: null,
  }, new Date('2026-03-02T10:00:00Z'));
  return { request, content };
}

test('the index holds what the send recorded for each unanswered request, and nothing else', async () => {
  const area = fakeStorageArea({ connection: { origin: 'https://d.example', token: 'secret-token', status: 'connected' } });
  const { request } = await sentThroughTheWebmail(area, 'Acme');
  await logRejection(area, { company: 'Unsent', rejectionAt: '2026-03-02T08:00:00Z' });
  const index = await refreshReplyWatch(area);
  assert.deepEqual(index.requests, [{
    requestId: request.id, company: 'Acme', to: ['talent@acme.example'], subject: 'Thank you, Acme', threadId: 't-Acme', messageId: null,
    sentAt: '2026-03-02T10:00:00.000Z', dismissed: [],
  }]);
  assert.deepEqual(area.data.replyWatch, index);
  assert.doesNotMatch(JSON.stringify(area.data.replyWatch), /secret-token/);
});

test('"Not a reply" answers given in the webmail are listed per request, and answered requests leave the index', async () => {
  const area = fakeStorageArea();
  const acme = await sentThroughTheWebmail(area, 'Acme');
  const globex = await sentThroughTheWebmail(area, 'Globex');
  await acme.content.outbox.rememberNotAReply(acme.request.id, 'INBOX/42');
  await globex.content.outbox.recordAnswer(globex.request.id, 'REPLIED_FEEDBACK');
  const index = await refreshReplyWatch(area);
  assert.deepEqual(index.requests.map((item) => [item.company, item.dismissed]), [['Acme', ['INBOX/42']]]);
});

test('an unchanged index is not written again', async () => {
  const area = fakeStorageArea();
  await sentThroughTheWebmail(area, 'Acme');
  await refreshReplyWatch(area);
  let writes = 0;
  const set = area.set.bind(area);
  area.set = async (items) => { writes += 1; return set(items); };
  await refreshReplyWatch(area);
  assert.equal(writes, 0);
});
