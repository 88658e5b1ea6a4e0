// Webmails beyond the built-in four get the generic content scripts once the user grants their
// origin in the options page; the registration persists across browser restarts.
import { grantedWebmailPatterns } from '../lib/webmail-origins.js';
import { getConnection } from '../lib/storage.js';
import { GENERIC_CONTENT_SCRIPTS } from '../lib/content-scripts.js';

const SCRIPT_ID = 'debrief-granted-webmails';

export async function grantedWebmails() {
  const { origins = [] } = await chrome.permissions.getAll();
  const builtIn = chrome.runtime.getManifest().content_scripts.flatMap((script) => script.matches);
  const connection = await getConnection(chrome.storage.local);
  return grantedWebmailPatterns(origins, builtIn, connection?.origin ?? null);
}

export async function syncGrantedWebmailScripts() {
  const matches = await grantedWebmails();
  const registered = await chrome.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length > 0) await chrome.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) return;
  await chrome.scripting.registerContentScripts([{
    id: SCRIPT_ID, matches, js: GENERIC_CONTENT_SCRIPTS, runAt: 'document_idle', persistAcrossSessions: true,
  }]);
}
