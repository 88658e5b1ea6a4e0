// Connecting: ask the browser for the server's origin, then trade the single-use code for a token.
import { parseConnectionCode } from './connection-code.js';
import { callApi, problemMessage } from './api.js';
import { KEYS } from './storage.js';
import { settingsFrom } from './settings.js';

export class ConnectError extends Error {}

// permissions.request needs the user's click, so nothing may be awaited before it.
export async function connect({ code, label, permissions, fetch, area, now = () => new Date() }) {
  const { origin, code: normalisedCode } = parseConnectionCode(code);
  const granted = await permissions.request({ origins: [`${origin}/*`] });
  if (!granted) {
    throw new ConnectError(`Debrief needs your permission to reach ${origin}. Paste the code again and choose "Allow".`);
  }
  let response;
  try {
    response = await callApi({
      connection: { origin },
      fetch,
      method: 'POST',
      path: '/connections',
      body: { code: normalisedCode, label },
    });
  } catch {
    throw new ConnectError(`Could not reach ${origin}. Check your internet connection and try again.`);
  }
  if (!response.ok) throw new ConnectError(await problemMessage(response));
  const { token, client, coach, practice, settings } = await response.json();
  if (typeof token !== 'string' || token === '') throw new ConnectError('The server did not hand out a token. Ask your coach for a new code.');
  const connection = { origin, token, client, coach, practice, label, connectedAt: now().toISOString(), status: 'connected' };
  await area.set({ [KEYS.connection]: connection, [KEYS.settings]: settingsFrom(settings, now()) });
  return connection;
}
