// The outbox: requests and events waiting for the server. Each item has its own storage key,
// ordered by creation time, so content scripts can append without racing the service worker.
// An item leaves the outbox only when the server acknowledged it, or refused it for good.
import { PREFIXES, getConnection, isConnected, markDisconnected, listByPrefix } from './storage.js';
import { callApi, problemMessage } from './api.js';

const RETRY_BASE_MS = 30_000; // chrome.alarms fires no sooner than 30 s
const RETRY_MAX_MS = 30 * 60_000;

export function outboxKey(createdAtMs, seq, id) {
  return `${PREFIXES.outbox}${String(createdAtMs).padStart(15, '0')}-${String(seq).padStart(3, '0')}-${id}`;
}

export function requestBody(request) {
  return {
    company: request.company,
    role: request.role ?? null,
    interviewerName: request.interviewerName ?? null,
    recipientDomain: request.recipientDomain ?? null,
    webmail: request.webmail ?? null,
    channel: request.channel ?? 'EMAIL',
    rejectionAt: request.rejectionAt,
    templateVersionId: request.templateVersionId ?? null,
    parentRequestId: request.parentRequestId ?? null,
  };
}

export function requestItem(request) {
  return { kind: 'request', requestId: request.id, body: requestBody(request) };
}

export function eventItem(requestId, event) {
  return { kind: 'event', requestId, body: { id: event.id, type: event.type, occurredAt: event.occurredAt } };
}

// Items of one call keep their order: a request's PUT is always enqueued before its events.
export function outboxEntries(items, nowMs = Date.now()) {
  return Object.fromEntries(items.map((item, seq) => [
    outboxKey(nowMs, seq, item.body.id ?? item.requestId),
    { ...item, queuedAt: new Date(nowMs).toISOString() },
  ]));
}

export async function enqueue(area, items, nowMs = Date.now()) {
  await area.set(outboxEntries(items, nowMs));
}

export function classify(status) {
  if (status >= 200 && status < 300) return 'done';
  if (status === 401) return 'unauthorized';
  if (status === 408 || status === 425 || status === 429 || status >= 500) return 'retry';
  return 'permanent';
}

export function retryDelayMs(attempt) {
  return Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** attempt);
}

function send(item, connection, fetch) {
  const path = `/requests/${encodeURIComponent(item.requestId)}`;
  return item.kind === 'request'
    ? callApi({ connection, fetch, method: 'PUT', path, body: item.body })
    : callApi({ connection, fetch, method: 'POST', path: `${path}/events`, body: item.body });
}

async function moveToFailed(area, key, item, status, reason, now) {
  const failedKey = PREFIXES.failed + key.slice(PREFIXES.outbox.length);
  await area.set({ [failedKey]: { ...item, status, reason, failedAt: now().toISOString() } });
  await area.remove(key);
}

export async function flushOutbox({ area, fetch, now = () => new Date() }) {
  const result = { sent: 0, failed: 0, stoppedBy: null, reason: null };
  const connection = await getConnection(area);
  if (!isConnected(connection)) return { ...result, stoppedBy: 'not-connected' };
  const refusedRequests = new Set();
  for (const [key, item] of await listByPrefix(area, PREFIXES.outbox)) {
    if (item.kind === 'event' && refusedRequests.has(item.requestId)) {
      await moveToFailed(area, key, item, null, 'The request it belongs to was refused by the server', now);
      result.failed += 1;
      continue;
    }
    let response;
    try {
      response = await send(item, connection, fetch);
    } catch (error) {
      return { ...result, stoppedBy: 'retry', reason: `network: ${error.message}` };
    }
    const outcome = classify(response.status);
    if (outcome === 'done') {
      await area.remove(key);
      result.sent += 1;
    } else if (outcome === 'unauthorized') {
      await markDisconnected(area, 'The server no longer accepts this connection (token revoked).');
      return { ...result, stoppedBy: 'unauthorized', reason: 'token revoked' };
    } else if (outcome === 'retry') {
      return { ...result, stoppedBy: 'retry', reason: `HTTP ${response.status}` };
    } else {
      if (item.kind === 'request') refusedRequests.add(item.requestId);
      await moveToFailed(area, key, item, response.status, await problemMessage(response), now);
      result.failed += 1;
    }
  }
  return result;
}
