// Options: connection status and disconnect, and the webmails Debrief may work in.
import { getConnection, isConnected, KEYS, PREFIXES, listByPrefix } from '../lib/storage.js';
import { grantedWebmailPatterns, originFromUserInput } from '../lib/webmail-origins.js';
import { h, showMessage } from '../ui/dom.js';

const area = chrome.storage.local;
const BUILT_IN_NAMES = {
  'https://mail.google.com/*': 'Gmail',
  'https://outlook.office.com/*': 'Outlook (work or school)',
  'https://outlook.live.com/*': 'Outlook.com',
  'https://mail.yahoo.com/*': 'Yahoo Mail',
};

async function renderConnection() {
  const connection = await getConnection(area);
  const summary = document.getElementById('connection-summary');
  const connected = isConnected(connection);
  summary.textContent = connected
    ? `Connected to ${connection.practice?.name ?? 'your practice'} (${connection.origin}) as ${connection.client?.name ?? 'you'}, coach ${connection.coach?.name ?? 'unknown'}.`
    : `Not connected${connection?.reason ? `: ${connection.reason}` : '.'} Paste a connection code in the Debrief popup.`;
  document.getElementById('disconnect').hidden = !connected;
}

async function disconnect() {
  const connection = await getConnection(area);
  await area.set({ [KEYS.connection]: null });
  // Without the token the grant is useless; removal fails only for an origin the manifest itself lists.
  if (connection?.origin) await chrome.permissions.remove({ origins: [`${connection.origin}/*`] }).catch(() => false);
  await render();
}

async function renderWebmails() {
  const { origins = [] } = await chrome.permissions.getAll();
  const connection = await getConnection(area);
  const granted = grantedWebmailPatterns(origins, Object.keys(BUILT_IN_NAMES), connection?.origin ?? null);
  const remove = (pattern) => async () => {
    await chrome.permissions.remove({ origins: [pattern] });
    await renderWebmails();
  };
  document.getElementById('webmails').replaceChildren(
    ...Object.values(BUILT_IN_NAMES).map((name) => h('li', {}, `${name} (built in)`)),
    ...granted.map((pattern) => h('li', {}, pattern.replace(/\/\*$/, ''), h('button', { type: 'button', className: 'secondary', onClick: remove(pattern) }, 'Remove'))),
  );
}

async function renderOutbox() {
  const waiting = (await listByPrefix(area, PREFIXES.outbox)).length;
  const failed = await listByPrefix(area, PREFIXES.failed);
  const lines = [waiting === 0 ? 'Everything has reached the server.' : `${waiting} update(s) waiting to reach the server.`];
  for (const [, item] of failed) lines.push(`Refused by the server: ${item.kind} ${item.body.type ?? ''} (${item.reason})`);
  document.getElementById('outbox-summary').replaceChildren(...lines.map((line) => h('div', {}, line)));
}

async function render() {
  await Promise.all([renderConnection(), renderWebmails(), renderOutbox()]);
}

document.getElementById('disconnect').addEventListener('click', disconnect);
document.getElementById('add-webmail').addEventListener('submit', async (event) => {
  event.preventDefault();
  const message = document.getElementById('webmail-message');
  let origin;
  try {
    origin = originFromUserInput(document.getElementById('webmail-address').value);
  } catch (error) {
    showMessage(message, error.message, 'error');
    return;
  }
  const granted = await chrome.permissions.request({ origins: [`${origin}/*`] });
  showMessage(message, granted ? `Added ${origin}. Reload its tab once.` : `Not added: the browser permission was declined.`, granted ? 'info' : 'error');
  await renderWebmails();
});
chrome.storage.onChanged.addListener(() => void render());
await render();
