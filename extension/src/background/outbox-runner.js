// Sends the outbox from the service worker and schedules the retry with chrome.alarms, which
// survives the worker being stopped (a setTimeout would not).
import { flushOutbox, retryDelayMs } from '../lib/queue.js';
import { KEYS, PREFIXES, listByPrefix } from '../lib/storage.js';

export const OUTBOX_ALARM = 'debrief-outbox';

// Only coordinates calls inside this worker instance; the outbox itself lives in storage.
let running = null;
let rerunRequested = false;

async function flushAndSchedule() {
  const area = chrome.storage.local;
  // Chrome may stop this worker in the middle of a flush, and nothing else would wake it for the
  // items still queued: an alarm set before the first call does, and is cleared once all is sent.
  // The first retry's delay, not the backoff: the server may be answering again by now.
  await chrome.alarms.create(OUTBOX_ALARM, { when: Date.now() + retryDelayMs(0) });
  let result;
  do {
    rerunRequested = false;
    result = await flushOutbox({ area, fetch: (url, init) => fetch(url, init) });
  } while (rerunRequested && result.stoppedBy === null);
  if (result.stoppedBy === 'retry') {
    const { [KEYS.outboxRetry]: retry = { attempt: 0 } } = await area.get(KEYS.outboxRetry);
    await chrome.alarms.create(OUTBOX_ALARM, { when: Date.now() + retryDelayMs(retry.attempt) });
    await area.set({ [KEYS.outboxRetry]: { attempt: retry.attempt + 1, lastReason: result.reason } });
  } else {
    await area.set({ [KEYS.outboxRetry]: { attempt: 0 } });
    await chrome.alarms.clear(OUTBOX_ALARM);
  }
  return result;
}

export function runOutbox() {
  if (running) {
    rerunRequested = true;
    return running;
  }
  running = flushAndSchedule().finally(() => {
    running = null;
  });
  return running;
}

// Called every minute by the badge's periodic alarm. A worker stopped in the middle of a send can
// leave items queued with no retry alarm pending (Chrome may also drop a one-shot alarm re-created
// while it fires): without this, they would wait for the next user action or browser start.
export async function resumeStalledOutbox() {
  if (running || (await chrome.alarms.get(OUTBOX_ALARM))) return null;
  const queued = await listByPrefix(chrome.storage.local, PREFIXES.outbox);
  return queued.length > 0 ? runOutbox() : null;
}
