// Wiring only: every listener is registered at the top level so Chrome can wake the worker for it,
// and all state lives in chrome.storage because the worker may be stopped at any moment.
import { migrateStorage, getConnection, isConnected, KEYS, PREFIXES } from '../lib/storage.js';
import { runOutbox, resumeStalledOutbox, OUTBOX_ALARM } from './outbox-runner.js';
import { refreshCountdowns, remind, BADGE_ALARM, REMINDER_ALARM_PREFIX } from './reminders.js';
import { syncGrantedWebmailScripts } from './webmail-scripts.js';
import { refreshReplyWatch } from '../lib/reply-watch.js';
import { refreshSettings } from '../lib/settings.js';
import { refreshTemplates } from '../lib/templates.js';

// Settings change rarely (the practice owner edits them); each start-up of the browser re-reads them.
async function refreshSettingsIfConnected() {
  const connection = await getConnection(chrome.storage.local);
  if (isConnected(connection)) await refreshSettings({ area: chrome.storage.local, connection, fetch: (url, init) => fetch(url, init) });
}

// The templates are fetched here as well as by the popup: a popup closed the moment it connected
// would otherwise leave nothing to draft with offline, and a start-up brings any new ones.
async function refreshTemplatesIfConnected() {
  const connection = await getConnection(chrome.storage.local);
  if (isConnected(connection)) await refreshTemplates({ area: chrome.storage.local, connection, fetch: (url, init) => fetch(url, init) });
}

// One rebuild at a time, each reading what the previous one wrote: the last one sees every change.
let replyWatchRebuild = Promise.resolve();
function rebuildReplyWatch() {
  replyWatchRebuild = replyWatchRebuild.then(() => refreshReplyWatch(chrome.storage.local)).catch(() => {});
  return replyWatchRebuild;
}

async function setUp() {
  await migrateStorage(chrome.storage.local);
  await chrome.alarms.create(BADGE_ALARM, { periodInMinutes: 1 });
  await syncGrantedWebmailScripts();
  await rebuildReplyWatch();
  await refreshSettingsIfConnected();
  await refreshTemplatesIfConnected();
  await refreshCountdowns();
  await runOutbox();
}

chrome.runtime.onInstalled.addListener(() => {
  void setUp();
});

chrome.runtime.onStartup.addListener(() => {
  void setUp();
});

chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === OUTBOX_ALARM) void runOutbox();
  else if (alarm.name === BADGE_ALARM) {
    void refreshCountdowns();
    void resumeStalledOutbox();
  }
  else if (alarm.name.startsWith(REMINDER_ALARM_PREFIX)) void remind(alarm.name.slice(REMINDER_ALARM_PREFIX.length));
});

chrome.storage.onChanged.addListener((changes, areaName) => {
  if (areaName !== 'local') return;
  const keys = Object.keys(changes);
  const queued = keys.some((key) => key.startsWith(PREFIXES.outbox) && changes[key].newValue);
  const reconnected = changes[KEYS.connection]?.newValue?.status === 'connected';
  if (queued || reconnected) void runOutbox();
  // a new token: a connection just made (other writes of a connection keep its token)
  if (reconnected && changes[KEYS.connection].oldValue?.token !== changes[KEYS.connection].newValue.token) void refreshTemplatesIfConnected();
  const tracking = [PREFIXES.request, PREFIXES.event, PREFIXES.sent, PREFIXES.notReply];
  if (keys.some((key) => tracking.some((prefix) => key.startsWith(prefix)))) void rebuildReplyWatch();
  const questions = [PREFIXES.request, PREFIXES.event, PREFIXES.replyCheck, PREFIXES.followUp, KEYS.settings, KEYS.templates];
  if (keys.some((key) => questions.some((prefix) => key.startsWith(prefix)))) void refreshCountdowns();
  if (KEYS.connection in changes) void syncGrantedWebmailScripts();
});

chrome.permissions.onAdded.addListener(() => {
  void syncGrantedWebmailScripts();
});

chrome.permissions.onRemoved.addListener(() => {
  void syncGrantedWebmailScripts();
});

chrome.notifications.onClicked.addListener((notificationId) => {
  chrome.notifications.clear(notificationId);
  chrome.action.openPopup?.().catch(() => {});
});
