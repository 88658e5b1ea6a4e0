// When the extension asks about a sent request, from the practice's settings (GET /me):
//   - "Did <company> reply?" during the last day before the no-reply timeout (noReplyDays after
//     SENT), because replies read on a phone never reach the extension; "No reply yet" hides the
//     question until the timeout, after which the server records NO_REPLY on its own;
//   - the practice's follow-up template on the follow-up day (followUpDay after SENT), once: taken
//     or declined, it is not offered again. It stays on offer for a week so a popup opened a day
//     late still shows it.
// Pure functions of the requests, the settings and a clock, so tests can travel in time.
import { PREFIXES, KEYS, listByPrefix } from './storage.js';
import { listRequests } from './requests.js';
import { REPLIES } from './state.js';

export const DAY_MS = 86_400_000;
export const FOLLOW_UP_OFFER_DAYS = 7;

export function sentAtOf(request) {
  const times = request.events.filter((event) => event.type === 'SENT').map((event) => Date.parse(event.occurredAt));
  return times.length > 0 ? Math.min(...times) : null;
}

function hasReplyOrWithdrawal(request) {
  return request.events.some((event) => REPLIES.includes(event.type) || event.type === 'WITHDRAWN');
}

// Answered, dropped, or answered through its follow-up (a reply to the follow-up resolves the parent).
export function isSettled(request, allRequests) {
  return hasReplyOrWithdrawal(request)
    || allRequests.some((child) => child.parentRequestId === request.id && child.events.some((event) => REPLIES.includes(event.type)));
}

export function noReplyTimeoutAt(request, settings) {
  const sentAt = sentAtOf(request);
  return sentAt === null || !settings?.noReplyDays ? null : sentAt + settings.noReplyDays * DAY_MS;
}

export function needsReplyCheck(request, { allRequests, settings, snoozed, now }) {
  if (request.state !== 'SENT' || snoozed || isSettled(request, allRequests)) return false;
  const timeoutAt = noReplyTimeoutAt(request, settings);
  return timeoutAt !== null && now >= timeoutAt - DAY_MS && now < timeoutAt;
}

export function followUpTemplate(settings, templates) {
  const id = settings?.followUpTemplateId;
  if (!id) return null;
  return templates.find((template) => template.kind === 'FOLLOW_UP' && (template.templateId === id || template.versionId === id)) ?? null;
}

// A follow-up is offered for a request nobody answered yet (SENT, or "No reply" said by hand),
// never for a follow-up itself: one polite follow-up, not a chain.
export function followUpOffer(request, { allRequests, settings, templates, decided, now }) {
  const template = followUpTemplate(settings, templates);
  if (!template || decided || request.parentRequestId || request.channel !== 'EMAIL') return null;
  if (!['SENT', 'NO_REPLY'].includes(request.state) || isSettled(request, allRequests)) return null;
  if (allRequests.some((other) => other.parentRequestId === request.id)) return null;
  const sentAt = sentAtOf(request);
  if (sentAt === null || !Number.isFinite(settings.followUpDay)) return null;
  const from = sentAt + settings.followUpDay * DAY_MS;
  return now >= from && now < from + FOLLOW_UP_OFFER_DAYS * DAY_MS ? template : null;
}

// One question per request at a time: "Did they reply?" first; after "No reply yet" the
// follow-up, if still on offer, takes its place.
export function pendingQuestions({ requests, settings, templates = [], snoozedIds = new Set(), decidedIds = new Set(), now }) {
  const context = { allRequests: requests, settings, templates, now };
  const replyChecks = requests.filter((request) => needsReplyCheck(request, { ...context, snoozed: snoozedIds.has(request.id) }))
    .sort((a, b) => sentAtOf(a) - sentAtOf(b)); // the nearest timeout first
  return {
    replyChecks,
    followUps: requests
      .filter((request) => !replyChecks.includes(request))
      .map((request) => ({ request, template: followUpOffer(request, { ...context, decided: decidedIds.has(request.id) }) }))
      .filter((offer) => offer.template !== null),
  };
}

const idsUnder = async (area, prefix) => new Set((await listByPrefix(area, prefix)).map(([key]) => key.slice(prefix.length)));

export async function loadPendingQuestions(area, now = Date.now()) {
  const { [KEYS.settings]: settings = null, [KEYS.templates]: templates = null } = await area.get([KEYS.settings, KEYS.templates]);
  return pendingQuestions({
    requests: await listRequests(area),
    settings,
    templates: templates?.items ?? [],
    snoozedIds: await idsUnder(area, PREFIXES.replyCheck),
    decidedIds: await idsUnder(area, PREFIXES.followUp),
    now,
  });
}
