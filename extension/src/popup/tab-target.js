// Hands a draft to the content script of the tab the user is writing in.
import { GENERIC_CONTENT_SCRIPTS } from '../lib/content-scripts.js';

const NO_ACCESS = 'Debrief cannot reach this page. Open the compose window of your webmail and try again, or copy the text.';

// The popup belongs to the active tab of its window. Opened as a page with ?tab=<id> (the browser
// tests do this, as there is no toolbar to click), it targets that tab instead.
export async function targetTabId() {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery) return Number(fromQuery);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function ask(tabId, draft) {
  return chrome.tabs.sendMessage(tabId, { type: 'debrief:insert', draft }, { frameId: 0 });
}

export async function sendDraftToTab(tabId, draft) {
  if (tabId === null) return { ok: false, reason: 'no-access', message: NO_ACCESS };
  try {
    return (await ask(tabId, draft)) ?? { ok: false, reason: 'no-access', message: NO_ACCESS };
  } catch {
    // No content script in this tab: a webmail not granted yet. The click on the toolbar button
    // granted activeTab, which is enough to inject the generic scripts once.
    try {
      await chrome.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [...GENERIC_CONTENT_SCRIPTS] });
      return (await ask(tabId, draft)) ?? { ok: false, reason: 'no-access', message: NO_ACCESS };
    } catch {
      return { ok: false, reason: 'no-access', message: NO_ACCESS };
    }
  }
}
