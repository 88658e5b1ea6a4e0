// The 24-hour clock in the toolbar badge, the reminder 20 hours after a rejection, and the mark
// that says the popup has a question ("Did <company> reply?", a follow-up to offer).
import { listRequests } from '../lib/requests.js';
import { isAwaitingSend } from '../lib/state.js';
import { badgeForUnsent, reminderAt, timeLeftMs, describeTimeLeft } from '../lib/countdown.js';
import { loadPendingQuestions } from '../lib/reply-schedule.js';

export const BADGE_ALARM = 'debrief-badge';
export const REMINDER_ALARM_PREFIX = 'debrief-reminder/';

export const QUESTION_MARK = '?';
const COLOURS = { late: '#b3261e', countdown: '#1f6f6b', question: '#8a5300' };

// A follow-up belongs to a rejection days old: it has no 24-hour clock of its own.
async function unsentRequests() {
  return (await listRequests(chrome.storage.local))
    .filter((request) => isAwaitingSend(request.state) && request.channel === 'EMAIL' && !request.parentRequestId);
}

// The 24-hour clock is the more urgent, so it keeps the badge; the mark shows when it is empty.
async function badgeFor(unsent) {
  const countdown = badgeForUnsent(unsent.map((request) => request.rejectionAt), Date.now());
  if (countdown.text !== '') return { text: countdown.text, color: countdown.late ? COLOURS.late : COLOURS.countdown };
  const { replyChecks, followUps } = await loadPendingQuestions(chrome.storage.local, Date.now());
  return replyChecks.length + followUps.length > 0 ? { text: QUESTION_MARK, color: COLOURS.question } : { text: '', color: COLOURS.countdown };
}

export async function refreshCountdowns() {
  const unsent = await unsentRequests();
  const badge = await badgeFor(unsent);
  await chrome.action.setBadgeText({ text: badge.text });
  await chrome.action.setBadgeBackgroundColor({ color: badge.color });
  for (const request of unsent) {
    const when = reminderAt(request.rejectionAt);
    // Re-creating an alarm under the same name replaces it, so this stays idempotent.
    if (when > Date.now()) await chrome.alarms.create(REMINDER_ALARM_PREFIX + request.id, { when });
  }
}

export async function remind(requestId) {
  const request = (await unsentRequests()).find((candidate) => candidate.id === requestId);
  if (!request) return;
  await chrome.notifications.create(`debrief-reminder/${request.id}`, {
    type: 'basic',
    iconUrl: chrome.runtime.getURL('icons/icon-128.png'),
    title: `Ask ${request.company} for feedback today`,
    message: `${describeTimeLeft(timeLeftMs(request.rejectionAt, Date.now()))} of the 24 hours. A short, courteous note is enough.`,
    priority: 1,
  });
}
