// The current state of a request, computed from all of its events and never from their arrival
// order, so the extension, the portal and the server agree whatever reached them first.
//
// Precedence, highest first:
//   1. manual answers (source EXTENSION = the job seeker confirmed, or PORTAL = the coach):
//      REPLIED_FEEDBACK, REPLIED_DECLINED, NO_REPLY, WITHDRAWN; the latest one wins (a correction)
//   2. replies the extension detected but nobody confirmed yet (source DETECTED)
//   3. the no-reply timeout (source SYSTEM)
//   4. the furthest lifecycle step: REJECTION_LOGGED < DRAFTED < SENT
// Ties on occurredAt fall back to a fixed type rank, then the event id, to stay deterministic.

export const LIFECYCLE = Object.freeze(['REJECTION_LOGGED', 'DRAFTED', 'SENT']);
export const REPLIES = Object.freeze(['REPLIED_FEEDBACK', 'REPLIED_DECLINED']);
export const OUTCOMES = Object.freeze([...REPLIES, 'WITHDRAWN', 'NO_REPLY']);
export const MANUAL_SOURCES = Object.freeze(['EXTENSION', 'PORTAL']);

function outcomeTier(event) {
  if (MANUAL_SOURCES.includes(event.source)) return 3;
  if (REPLIES.includes(event.type)) return 2;
  return 1;
}

function typeRank(type) {
  return OUTCOMES.length - OUTCOMES.indexOf(type);
}

function compareOutcomes(a, b) {
  return outcomeTier(a) - outcomeTier(b)
    || Date.parse(a.occurredAt) - Date.parse(b.occurredAt)
    || typeRank(a.type) - typeRank(b.type)
    || String(a.id).localeCompare(String(b.id));
}

export function decidingEvent(events) {
  const outcomes = events.filter((event) => OUTCOMES.includes(event.type));
  if (outcomes.length > 0) return outcomes.reduce((best, e) => (compareOutcomes(e, best) > 0 ? e : best));
  const steps = events.filter((event) => LIFECYCLE.includes(event.type));
  if (steps.length === 0) return null;
  return steps.reduce((best, e) => (LIFECYCLE.indexOf(e.type) > LIFECYCLE.indexOf(best.type) ? e : best));
}

export function currentState(events) {
  return decidingEvent(events)?.type ?? null;
}

export function isAwaitingSend(state) {
  return state === 'REJECTION_LOGGED' || state === 'DRAFTED';
}

export function isOpen(state) {
  return state !== null && !OUTCOMES.includes(state);
}
