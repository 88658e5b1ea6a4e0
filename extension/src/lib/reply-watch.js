// The one record the content scripts read to spot replies: per sent request that nobody answered
// yet, what the compose showed at the send (recipients, subject, thread ids) and the messages the
// user said were not a reply. The service worker rebuilds it whenever requests, events, sends or
// "Not a reply" answers change, and is its only writer; content scripts never read anything else
// (the connection token in particular).
import { PREFIXES, KEYS, listByPrefix } from './storage.js';
import { listRequests } from './requests.js';
import { isSettled } from './reply-schedule.js';

export function replyWatchIndex(requests, notReplyKeys) {
  const dismissed = new Map();
  for (const key of notReplyKeys) {
    const [requestId, ...rest] = key.slice(PREFIXES.notReply.length).split('/');
    dismissed.set(requestId, [...(dismissed.get(requestId) ?? []), rest.join('/')]);
  }
  return {
    requests: requests
      .filter((request) => request.sent?.sentAt && request.sent.to?.length > 0 && !isSettled(request, requests))
      .map((request) => ({
        requestId: request.id,
        company: request.company,
        to: request.sent.to,
        subject: request.sent.subject ?? null,
        threadId: request.sent.threadId ?? null,
        messageId: request.sent.messageId ?? null,
        sentAt: request.sent.sentAt,
        dismissed: dismissed.get(request.id) ?? [],
      })),
  };
}

export async function refreshReplyWatch(area) {
  const notReplyKeys = (await listByPrefix(area, PREFIXES.notReply)).map(([key]) => key);
  const index = replyWatchIndex(await listRequests(area), notReplyKeys);
  const { [KEYS.replyWatch]: current } = await area.get(KEYS.replyWatch);
  // Unchanged: no write, so content scripts are not woken for nothing.
  if (JSON.stringify(current) !== JSON.stringify(index)) await area.set({ [KEYS.replyWatch]: index });
  return index;
}
