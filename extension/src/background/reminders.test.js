import { test, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { fakeChrome, fakeStorageArea } from '../../test/support/fake-chrome.js';
import { logRejection, recordEvent } from '../lib/requests.js';
import { refreshCountdowns, remind, REMINDER_ALARM_PREFIX, QUESTION_MARK } from './reminders.js';

const rejectionAt = Date.parse('2026-03-02T08:00:00Z');
const hours = (h) => rejectionAt + h * 3_600_000;

beforeEach(() => {
  globalThis.chrome = fakeChrome(fakeStorageArea());
  mock.timers.enable({ apis: ['Date'], now: hours(1) });
});

afterEach(() => {
  mock.timers.reset();
  delete globalThis.chrome;
});

async function logged(company = 'Acme') {
  return logRejection(chrome.storage.local, { company, rejectionAt: new Date(rejectionAt) });
}

test('the badge shows the hours left for an unsent request and a reminder alarm is set for 20 h', async () => {
  const request = await logged();
  await refreshCountdowns();
  assert.equal(chrome.action.badge.text, '23h');
  assert.deepEqual(chrome.alarms.created.get(REMINDER_ALARM_PREFIX + request.id), { when: hours(20) });
});

test('a sent request leaves the badge empty', async () => {
  const request = await logged();
  await recordEvent(chrome.storage.local, request.id, 'SENT');
  await refreshCountdowns();
  assert.equal(chrome.action.badge.text, '');
});

test('after 24 hours the badge turns to "late" in the warning colour', async () => {
  await logged();
  mock.timers.setTime(hours(25));
  await refreshCountdowns();
  assert.equal(chrome.action.badge.text, 'late');
  assert.equal(chrome.action.badge.color, '#b3261e');
});

test('the 20-hour reminder notifies when nothing was sent yet', async () => {
  const request = await logged();
  mock.timers.setTime(hours(20));
  await remind(request.id);
  assert.equal(chrome.notifications.shown.length, 1);
  assert.equal(chrome.notifications.shown[0].title, 'Ask Acme for feedback today');
  assert.match(chrome.notifications.shown[0].message, /^4 h 0 min left of the 24 hours/);
});

test('the reminder stays silent once the request was sent or dropped', async () => {
  const sent = await logged('Acme');
  const dropped = await logged('Globex');
  await recordEvent(chrome.storage.local, sent.id, 'SENT');
  await recordEvent(chrome.storage.local, dropped.id, 'WITHDRAWN');
  mock.timers.setTime(hours(20));
  await remind(sent.id);
  await remind(dropped.id);
  assert.deepEqual(chrome.notifications.shown, []);
});

test('with nothing left to send, the badge marks a pending "Did they reply?" in its own colour', async () => {
  await chrome.storage.local.set({ settings: { noReplyDays: 10, followUpDay: 7, followUpTemplateId: null } });
  const request = await logged();
  await recordEvent(chrome.storage.local, request.id, 'SENT');
  mock.timers.setTime(hours(1 + 8 * 24));
  await refreshCountdowns();
  assert.equal(chrome.action.badge.text, '', 'eight days after the send: nothing to ask yet');
  mock.timers.setTime(hours(1 + 9 * 24));
  await refreshCountdowns();
  assert.equal(chrome.action.badge.text, QUESTION_MARK);
  assert.equal(chrome.action.badge.color, '#8a5300');
  const unsent = await logged('Globex');
  await refreshCountdowns();
  assert.equal(chrome.action.badge.text, 'late', 'an unsent request (logged nine days late here) is more urgent and keeps the badge');
  await recordEvent(chrome.storage.local, unsent.id, 'SENT');
  await recordEvent(chrome.storage.local, request.id, 'REPLIED_FEEDBACK');
  await refreshCountdowns();
  assert.equal(chrome.action.badge.text, '');
});

test('a follow-up in progress has no 24-hour clock of its own', async () => {
  const request = await logged();
  await recordEvent(chrome.storage.local, request.id, 'SENT');
  await chrome.storage.local.set({ 'request/child-1': { id: 'child-1', company: 'Acme', channel: 'EMAIL', rejectionAt: new Date(rejectionAt).toISOString(), parentRequestId: request.id } });
  await recordEvent(chrome.storage.local, 'child-1', 'DRAFTED');
  await refreshCountdowns();
  assert.equal(chrome.action.badge.text, '');
});
