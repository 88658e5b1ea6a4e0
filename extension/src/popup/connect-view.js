// Pasting the coach's connection code.
import { connect } from '../lib/connect.js';
import { showMessage } from '../ui/dom.js';

export function setUpConnectView({ area, onConnected }) {
  const form = document.getElementById('connect-form');
  const input = document.getElementById('connection-code');
  const message = document.getElementById('connect-message');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    showMessage(message, 'Connecting…');
    try {
      // connect() asks for the host permission first, while this click still counts as the user's.
      const connection = await connect({
        code: input.value,
        label: `Browser extension (${navigator.platform || 'unknown system'})`,
        permissions: chrome.permissions,
        fetch: (url, init) => fetch(url, init),
        area,
      });
      input.value = '';
      showMessage(message, `Connected as ${connection.client?.name ?? 'you'}.`);
      await onConnected();
    } catch (error) {
      showMessage(message, error.message, 'error');
    }
  });
}
