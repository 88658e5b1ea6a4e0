// The 24-hour clock in the toolbar badge, and the reminder 20 hours after a rejection.
import { listRequests } from '../lib/requests.js';
import { isAwaitingSend } from '../lib/state.js';
import { badgeForUnsent, reminderAt, timeLeftMs, describeTimeLeft } from '../lib/countdown.js';

export const BADGE_ALARM = 'debrief-badge';
export const REMINDER_ALARM_PREFIX = 'debrief-reminder/';

async function unsentRequests() {
  return (await listRequests(chrome.storage.local)).filter((request) => isAwaitingSend(request.state) && request.channel === 'EMAIL');
}

export async function refreshCountdowns() {
  const unsent = await unsentRequests();
  const badge = badgeForUnsent(unsent.map((request) => request.rejectionAt), Date.now());
  await chrome.action.setBadgeText({ text: badge.text });
  await chrome.action.setBadgeBackgroundColor({ color: badge.late ? '#b3261e' : '#1f6f6b' });
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
