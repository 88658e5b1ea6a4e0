// The popup: the connect form when not connected, otherwise logging rejections and drafting.
import { migrateStorage, getConnection, isConnected, KEYS, PREFIXES } from '../lib/storage.js';
import { setUpConnectView } from './connect-view.js';
import { setUpMainView } from './main-view.js';

const area = chrome.storage.local;
const connectView = document.getElementById('connect-view');
const mainView = document.getElementById('main-view');
const status = document.getElementById('connection-status');
let mainViewControls = null;

async function render() {
  const connection = await getConnection(area);
  const connected = isConnected(connection);
  connectView.hidden = connected;
  mainView.hidden = !connected;
  status.textContent = connected ? `Connected to ${connection.practice?.name ?? connection.origin}` : 'Not connected';
  if (connected) {
    mainViewControls ??= setUpMainView({ area, connection });
    await mainViewControls.refresh();
  } else if (connection?.reason) {
    document.getElementById('not-connected').textContent =
      `Not connected: ${connection.reason} Nothing is lost: your unsent updates wait here. Paste a new code from your coach to reconnect.`;
  }
}

await migrateStorage(area);
setUpConnectView({ area, onConnected: render });
chrome.storage.onChanged.addListener((changes, areaName) => {
  if (areaName !== 'local') return;
  const prefixes = [PREFIXES.event, PREFIXES.request, PREFIXES.replyCheck, PREFIXES.followUp];
  const relevant = Object.keys(changes).some((key) => [KEYS.connection, KEYS.templates, KEYS.settings].includes(key)
    || prefixes.some((prefix) => key.startsWith(prefix)));
  if (relevant) void render();
});
await render();
