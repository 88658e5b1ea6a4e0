// Wiring only: every listener is registered at the top level so Chrome can wake the worker for it,
// and all state lives in chrome.storage because the worker may be stopped at any moment.
import { migrateStorage, KEYS, PREFIXES } from '../lib/storage.js';
import { runOutbox, resumeStalledOutbox, OUTBOX_ALARM } from './outbox-runner.js';
import { refreshCountdowns, remind, BADGE_ALARM, REMINDER_ALARM_PREFIX } from './reminders.js';
import { syncGrantedWebmailScripts } from './webmail-scripts.js';

async function setUp() {
  await migrateStorage(chrome.storage.local);
  await chrome.alarms.create(BADGE_ALARM, { periodInMinutes: 1 });
  await syncGrantedWebmailScripts();
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
  if (keys.some((key) => key.startsWith(PREFIXES.request) || key.startsWith(PREFIXES.event))) void refreshCountdowns();
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
