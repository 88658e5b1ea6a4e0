import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeStorageArea, scriptedFetch } from '../../test/support/fake-chrome.js';
import { logRejection, recordEvent, listRequests, snoozeReplyCheck, startFollowUp, declineFollowUp, awaitsSend } from './requests.js';
import { loadPendingQuestions, DAY_MS } from './reply-schedule.js';
import { flushOutbox } from './queue.js';

const SENT_AT = Date.parse('2026-03-02T10:00:00Z');
const day = (n, hours = 0) => SENT_AT + n * DAY_MS + hours * 3_600_000;
const SETTINGS = { noReplyDays: 10, followUpDay: 7, followUpTemplateId: 'tpl-follow' };
const TEMPLATES = [
  { versionId: 'v-1', templateId: 'tpl-mail', kind: 'EMAIL', name: 'Request', segments: [] },
  { versionId: 'v-9', templateId: 'tpl-follow', kind: 'FOLLOW_UP', name: 'Gentle follow-up', segments: [] },
];

// An injectable clock: ids count up, time is whatever the test says.
function clockAt(ms) {
  let id = 0;
  const clock = {
    time: ms,
    newId: () => `00000000-0000-4000-8000-${String((id += 1)).padStart(12, '0')}`,
    now: () => new Date(clock.time),
  };
  return clock;
}

async function sentRequest(company = 'Acme', settings = SETTINGS) {
  const area = fakeStorageArea({ connection: { origin: 'https://d.example', token: 't', status: 'connected' }, settings, templates: { items: TEMPLATES } });
  const clock = clockAt(SENT_AT - 3_600_000);
  const request = await logRejection(area, { company, rejectionAt: SENT_AT - 7_200_000 }, clock);
  clock.time = SENT_AT;
  await recordEvent(area, request.id, 'SENT', {}, clock);
  return { area, clock, request };
}

const names = (questions) => ({
  replyChecks: questions.replyChecks.map((request) => request.company),
  followUps: questions.followUps.map(({ request, template }) => `${request.company}: ${template.name}`),
});

test('"Did they reply?" is asked during the last day before the no-reply timeout, not before, not after', async () => {
  const { area } = await sentRequest();
  assert.deepEqual((await loadPendingQuestions(area, day(9) - 60_000)).replyChecks, []);
  assert.deepEqual(names(await loadPendingQuestions(area, day(9))).replyChecks, ['Acme']);
  assert.deepEqual(names(await loadPendingQuestions(area, day(10) - 60_000)).replyChecks, ['Acme']);
  assert.deepEqual((await loadPendingQuestions(area, day(10))).replyChecks, [], 'the server records NO_REPLY from here');
});

test('the timeout follows the practice setting', async () => {
  const { area } = await sentRequest('Acme', { ...SETTINGS, noReplyDays: 3 });
  assert.deepEqual(names(await loadPendingQuestions(area, day(2, 1))).replyChecks, ['Acme']);
});

test('"No reply yet" hides the question until the timeout', async () => {
  const { area, request, clock } = await sentRequest();
  clock.time = day(9, 2);
  await snoozeReplyCheck(area, request.id, clock);
  assert.deepEqual((await loadPendingQuestions(area, day(9, 3))).replyChecks, []);
});

test('an answered or dropped request is not asked about', async () => {
  for (const type of ['REPLIED_FEEDBACK', 'REPLIED_DECLINED', 'WITHDRAWN', 'NO_REPLY']) {
    const { area, request } = await sentRequest();
    await recordEvent(area, request.id, type);
    assert.deepEqual((await loadPendingQuestions(area, day(9, 1))).replyChecks, [], type);
  }
});

test('nothing is asked without the practice settings (not fetched yet)', async () => {
  const { area } = await sentRequest('Acme', null);
  assert.deepEqual(await loadPendingQuestions(area, day(9, 1)), { replyChecks: [], followUps: [] });
});

test('the follow-up template is offered from the follow-up day, for a week', async () => {
  const { area } = await sentRequest();
  assert.deepEqual((await loadPendingQuestions(area, day(7) - 60_000)).followUps, []);
  assert.deepEqual(names(await loadPendingQuestions(area, day(7))).followUps, ['Acme: Gentle follow-up']);
  assert.deepEqual(names(await loadPendingQuestions(area, day(14) - 60_000)).followUps, ['Acme: Gentle follow-up']);
  assert.deepEqual((await loadPendingQuestions(area, day(14))).followUps, []);
});

test('no follow-up without a practice follow-up template, or once the request was answered', async () => {
  const withoutTemplate = await sentRequest('Acme', { ...SETTINGS, followUpTemplateId: null });
  assert.deepEqual((await loadPendingQuestions(withoutTemplate.area, day(7, 1))).followUps, []);
  const unknownTemplate = await sentRequest('Acme', { ...SETTINGS, followUpTemplateId: 'tpl-gone' });
  assert.deepEqual((await loadPendingQuestions(unknownTemplate.area, day(7, 1))).followUps, []);
  const answered = await sentRequest();
  await recordEvent(answered.area, answered.request.id, 'REPLIED_DECLINED');
  assert.deepEqual((await loadPendingQuestions(answered.area, day(7, 1))).followUps, []);
});

test('a declined follow-up is not offered again', async () => {
  const { area, request, clock } = await sentRequest();
  clock.time = day(7, 1);
  await declineFollowUp(area, request.id, clock);
  assert.deepEqual((await loadPendingQuestions(area, day(7, 2))).followUps, []);
});

test('taking the offer makes a child request, queued for the server, and it is not offered again', async () => {
  const { area, request, clock } = await sentRequest();
  await flushOutbox({ area, fetch: scriptedFetch([{ status: 200 }]) });
  clock.time = day(7, 1);
  const child = await startFollowUp(area, (await listRequests(area)).find((r) => r.id === request.id), clock);
  assert.equal(child.parentRequestId, request.id);
  assert.equal(child.company, 'Acme');
  const listed = (await listRequests(area)).find((r) => r.id === child.id);
  assert.equal(listed.state, null, 'no event until it is drafted');
  assert.equal(awaitsSend(listed), true);
  assert.deepEqual((await loadPendingQuestions(area, day(7, 2))).followUps, []);
  const fetch = scriptedFetch([{ status: 200 }]);
  await flushOutbox({ area, fetch });
  assert.deepEqual(fetch.calls.map((call) => `${call.method} ${call.url.split('/api/v1')[1]}`), [`PUT /requests/${child.id}`]);
  assert.equal(fetch.calls[0].body.parentRequestId, request.id);
});

test('a follow-up is not offered a follow-up of its own, and a reply to it settles the parent', async () => {
  const { area, request, clock } = await sentRequest();
  clock.time = day(7, 1);
  const child = await startFollowUp(area, (await listRequests(area)).find((r) => r.id === request.id), clock);
  clock.time = day(7, 2);
  await recordEvent(area, child.id, 'SENT', {}, clock);
  assert.deepEqual((await loadPendingQuestions(area, day(14, 3))).followUps, []);
  assert.deepEqual(names(await loadPendingQuestions(area, day(9, 1))).replyChecks, ['Acme'], 'the parent is still open');
  await recordEvent(area, child.id, 'REPLIED_FEEDBACK', {}, clock);
  assert.deepEqual((await loadPendingQuestions(area, day(9, 1))).replyChecks, [], 'answered through its follow-up');
});

test('one question per request: the follow-up waits while "Did they reply?" is asked, and follows "No reply yet"', async () => {
  const { area, request, clock } = await sentRequest();
  assert.deepEqual(names(await loadPendingQuestions(area, day(9, 1))), { replyChecks: ['Acme'], followUps: [] });
  clock.time = day(9, 2);
  await snoozeReplyCheck(area, request.id, clock);
  assert.deepEqual(names(await loadPendingQuestions(area, day(9, 3))), { replyChecks: [], followUps: ['Acme: Gentle follow-up'] });
});
