import { test } from 'node:test';
import assert from 'node:assert/strict';
import { badgeText, timeLeftMs, reminderAt, badgeForUnsent, describeTimeLeft } from './countdown.js';

const rejectionAt = '2026-03-02T08:00:00.000Z';
const after = (h, m = 0) => Date.parse(rejectionAt) + h * 3_600_000 + m * 60_000;

test('the badge counts whole hours down from 24', () => {
  assert.equal(badgeText(timeLeftMs(rejectionAt, after(0, 1))), '23h');
  assert.equal(badgeText(timeLeftMs(rejectionAt, after(22, 59))), '1h');
});

test('in the last hour the badge shows minutes', () => {
  assert.equal(badgeText(timeLeftMs(rejectionAt, after(23, 15))), '45m');
  assert.equal(badgeText(timeLeftMs(rejectionAt, after(23, 59) + 30_000)), '1m');
});

test('after 24 hours the badge says late', () => {
  assert.equal(badgeText(timeLeftMs(rejectionAt, after(24))), 'late');
  assert.equal(badgeText(timeLeftMs(rejectionAt, after(80))), 'late');
});

test('the reminder is due 20 hours after the rejection', () => {
  assert.equal(new Date(reminderAt(rejectionAt)).toISOString(), '2026-03-03T04:00:00.000Z');
});

test('the badge follows the most urgent unsent request', () => {
  const older = '2026-03-01T20:00:00.000Z';
  assert.deepEqual(badgeForUnsent([rejectionAt, older], after(2)), { text: '10h', late: false });
  assert.deepEqual(badgeForUnsent([older], after(13)), { text: 'late', late: true });
  assert.deepEqual(badgeForUnsent([], after(1)), { text: '', late: false });
});

test('the popup spells the time left out', () => {
  assert.equal(describeTimeLeft(timeLeftMs(rejectionAt, after(3, 20))), '20 h 40 min left');
  assert.equal(describeTimeLeft(timeLeftMs(rejectionAt, after(23, 30))), '30 min left');
  assert.match(describeTimeLeft(-1), /past the 24 hours/);
});
