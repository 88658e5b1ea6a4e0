// Feedback requests as the job seeker keeps them: every change is stored locally and queued for
// the server in one storage write, so a popup closed mid-way cannot keep one without the other,
// and the popup never waits on the network.
import { PREFIXES, listByPrefix } from './storage.js';
import { outboxEntries, requestItem, eventItem } from './queue.js';
import { currentState, isAwaitingSend } from './state.js';
import { newId } from './ids.js';

const defaults = { newId, now: () => new Date() };

function newEvent(requestId, type, { newId, now }) {
  return { id: newId(), requestId, type, occurredAt: now().toISOString(), source: 'EXTENSION' };
}

export async function logRejection(area, fields, clock = defaults) {
  const request = {
    id: clock.newId(),
    company: fields.company.trim(),
    role: fields.role?.trim() || null,
    interviewerName: fields.interviewerName?.trim() || null,
    recipientDomain: null,
    webmail: null,
    channel: fields.channel ?? 'EMAIL',
    rejectionAt: new Date(fields.rejectionAt).toISOString(),
    templateVersionId: null,
    parentRequestId: fields.parentRequestId ?? null,
  };
  const event = newEvent(request.id, 'REJECTION_LOGGED', clock);
  await area.set({
    [PREFIXES.request + request.id]: request,
    [PREFIXES.event + event.id]: event,
    ...outboxEntries([requestItem(request), eventItem(request.id, event)], clock.now().getTime()),
  });
  return request;
}

// Changing a request's fields re-sends its PUT: the server treats PUT as an idempotent upsert.
export async function recordEvent(area, requestId, type, changes = {}, clock = defaults) {
  const key = PREFIXES.request + requestId;
  const { [key]: stored } = await area.get(key);
  if (!stored) throw new Error(`Unknown request ${requestId}`);
  const request = { ...stored, ...changes };
  const event = newEvent(requestId, type, clock);
  const items = Object.keys(changes).length > 0 ? [requestItem(request), eventItem(requestId, event)] : [eventItem(requestId, event)];
  await area.set({ [key]: request, [PREFIXES.event + event.id]: event, ...outboxEntries(items, clock.now().getTime()) });
  return event;
}

// "No reply yet" in the popup: the question waits for the timeout, which the server records.
export async function snoozeReplyCheck(area, requestId, clock = defaults) {
  await area.set({ [PREFIXES.replyCheck + requestId]: { snoozedAt: clock.now().toISOString() } });
}

// The follow-up is a child request of the same rejection. It gets no event of its own until it is
// drafted: the rejection was logged once, on the parent.
export async function startFollowUp(area, parent, clock = defaults) {
  const child = {
    id: clock.newId(),
    company: parent.company,
    role: parent.role ?? null,
    interviewerName: parent.interviewerName ?? null,
    recipientDomain: parent.recipientDomain ?? null,
    webmail: null,
    channel: 'EMAIL',
    rejectionAt: parent.rejectionAt,
    templateVersionId: null,
    parentRequestId: parent.id,
  };
  const at = clock.now();
  await area.set({
    [PREFIXES.request + child.id]: child,
    [PREFIXES.followUp + parent.id]: { decision: 'taken', childId: child.id, at: at.toISOString() },
    ...outboxEntries([requestItem(child)], at.getTime()),
  });
  return child;
}

export async function declineFollowUp(area, requestId, clock = defaults) {
  await area.set({ [PREFIXES.followUp + requestId]: { decision: 'declined', at: clock.now().toISOString() } });
}

// Waiting to be written and sent: a logged rejection, a draft, or a follow-up just started.
export function awaitsSend(request) {
  return isAwaitingSend(request.state) || (request.state === null && Boolean(request.parentRequestId));
}

export async function listRequests(area) {
  const events = (await listByPrefix(area, PREFIXES.event)).map(([, event]) => event);
  const sent = Object.fromEntries((await listByPrefix(area, PREFIXES.sent)).map(([key, details]) => [key.slice(PREFIXES.sent.length), details]));
  return (await listByPrefix(area, PREFIXES.request))
    .map(([, request]) => {
      const own = events.filter((event) => event.requestId === request.id);
      return { ...request, events: own, state: currentState(own), sent: sent[request.id] ?? null };
    })
    .sort((a, b) => Date.parse(b.rejectionAt) - Date.parse(a.rejectionAt));
}
