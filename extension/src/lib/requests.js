// Feedback requests as the job seeker keeps them: every change is stored locally and queued for
// the server in one storage write, so a popup closed mid-way cannot keep one without the other,
// and the popup never waits on the network.
import { PREFIXES, listByPrefix } from './storage.js';
import { outboxEntries, requestItem, eventItem } from './queue.js';
import { currentState } from './state.js';

const defaults = { newId: () => crypto.randomUUID(), now: () => new Date() };

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
