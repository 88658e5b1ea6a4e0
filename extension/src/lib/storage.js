// The one owner of what lives in chrome.storage.local: key names, defaults and migrations.
// Records that several contexts write (popup, service worker, content scripts) each get their
// own key, so no context ever overwrites another's write with a stale read-modify-write.

export const SCHEMA_VERSION = 2;

export const KEYS = Object.freeze({
  schemaVersion: 'schemaVersion',
  connection: 'connection',
  templates: 'templates',
  outboxRetry: 'outboxRetry',
  // The practice's settings from GET /me: noReplyDays, followUpDay, followUpTemplateId.
  settings: 'settings',
  // What the content scripts need to spot replies, kept by the service worker (its only writer).
  replyWatch: 'replyWatch',
});

// The content scripts repeat these prefixes in src/content/outbox-writer.js (classic scripts cannot
// import); src/content/outbox-writer.test.js keeps both sides in step.
export const PREFIXES = Object.freeze({
  request: 'request/',
  event: 'event/',
  sent: 'sent/',
  outbox: 'outbox/',
  failed: 'failed/',
  notReply: 'notReply/', // notReply/<request id>/<message key>: "Not a reply", asked in the webmail
  answered: 'answered/', // answered/<request id>: answered in the webmail (the event is under event/)
  replyCheck: 'replyCheck/', // replyCheck/<request id>: "No reply yet", answered in the popup
  followUp: 'followUp/', // followUp/<request id>: the follow-up offer was taken or declined
});

export const DEFAULTS = Object.freeze({
  [KEYS.connection]: null,
  [KEYS.templates]: { fetchedAt: null, items: [] },
  [KEYS.outboxRetry]: { attempt: 0 },
  [KEYS.settings]: null,
  [KEYS.replyWatch]: { requests: [] },
});

// The keys the popup writes (the connection, its templates and settings) are never written here:
// on a fresh install the worker migrates while the user may already be connecting, and a default
// written after the popup's answer would wipe it. Their readers treat a missing key as the default.
const WRITTEN_BY_THE_POPUP = new Set([KEYS.connection, KEYS.templates, KEYS.settings]);

// MIGRATIONS[n] upgrades a store at version n to version n + 1.
async function createDefaults(area) {
  const workerKeys = Object.keys(DEFAULTS).filter((key) => !WRITTEN_BY_THE_POPUP.has(key));
  const present = await area.get(workerKeys);
  const missing = Object.fromEntries(workerKeys.filter((key) => !(key in present)).map((key) => [key, DEFAULTS[key]]));
  await area.set(missing);
}

// Version 2 (reply tracking) only adds keys with defaults, which createDefaults fills in.
const MIGRATIONS = [createDefaults, createDefaults];

export async function migrateStorage(area) {
  const { [KEYS.schemaVersion]: stored = 0 } = await area.get(KEYS.schemaVersion);
  if (stored > SCHEMA_VERSION) {
    // Written by a newer build (e.g. after a downgrade): leave it untouched rather than guess.
    return { from: stored, to: stored };
  }
  for (let version = stored; version < SCHEMA_VERSION; version += 1) {
    await MIGRATIONS[version](area);
    await area.set({ [KEYS.schemaVersion]: version + 1 });
  }
  return { from: stored, to: SCHEMA_VERSION };
}

export async function listByPrefix(area, prefix) {
  const everything = await area.get(null);
  return Object.keys(everything)
    .filter((key) => key.startsWith(prefix))
    .sort()
    .map((key) => [key, everything[key]]);
}

export async function getConnection(area) {
  const { [KEYS.connection]: connection = null } = await area.get(KEYS.connection);
  return connection;
}

export function isConnected(connection) {
  return Boolean(connection && connection.status === 'connected' && connection.token);
}

export async function markDisconnected(area, reason) {
  const connection = await getConnection(area);
  if (!connection) return;
  await area.set({ [KEYS.connection]: { ...connection, status: 'revoked', token: null, reason } });
}
