// What a job seeker does in the popup, and what the tests read back from the extension.

export async function tabIdOf(worker, page) {
  const url = page.url();
  return worker.evaluate(async (wanted) => (await chrome.tabs.query({})).find((tab) => tab.url === wanted)?.id, url);
}

export async function openPopupFor(browser, page) {
  const tabId = await tabIdOf(browser.worker, page);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/popup.html?tab=${tabId}`);
  return popup;
}

/** Pastes the server's code in a popup opened over the inbox; answers both once it says it is connected. */
export async function connectInPopup(browser, server) {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/pages/inbox.html`);
  const popup = await openPopupFor(browser, page);
  await popup.fill('#connection-code', server.connectionCode);
  await popup.click('#connect-form button');
  await popup.waitForSelector('#main-view', { state: 'visible' });
  return { page, popup };
}

export async function connectThroughPopup(browser, server) {
  const { page, popup } = await connectInPopup(browser, server);
  await eventually(async () => (await storedTemplates(browser.worker)).length > 0, { message: 'templates in the extension' });
  await popup.close();
  await page.close();
}

export async function logRejectionAndInsert(popup, { company, role, interviewer, to }) {
  await popup.fill('#company', company);
  await popup.fill('#role', role);
  await popup.fill('#interviewer', interviewer ?? '');
  await popup.click('#log-form button[type=submit]');
  await popup.waitForSelector('#insert');
  if (to) await popup.fill('#recipient', to);
  const text = await popup.textContent('#preview');
  const requestId = await popup.$eval('#requests li.request', (item) => item.dataset.requestId);
  await popup.click('#insert');
  await popup.waitForSelector('#draft-result:not([hidden])');
  return { text, requestId, result: await popup.textContent('#draft-result') };
}

export async function storedTemplates(worker) {
  return (await worker.evaluate(() => chrome.storage.local.get('templates'))).templates?.items ?? [];
}

export function storage(worker) {
  return worker.evaluate(() => chrome.storage.local.get(null));
}

export async function eventually(read, { timeoutMs = 8000, message = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function sentEventsFor(worker, requestId) {
  return Object.entries(await storage(worker))
    .filter(([key, value]) => key.startsWith('event/') && value.requestId === requestId && value.type === 'SENT')
    .map(([, value]) => value);
}

export function occurrences(haystack, needle) {
  return haystack.split(needle).length - 1;
}

// A request as send detection leaves it: REJECTION_LOGGED and SENT events, queued for the server,
// and the sent/<id> record (recipients, subject, thread id) that reply tracking matches against.
export async function seedSentRequest(browser, seed) {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/options/options.html`);
  const requestId = await page.evaluate(async ({ company, role = 'Analyst', to = null, subject = null, threadId = null, sentAgoMs, webmail = 'gmail' }) => {
    const { logRejection } = await import(chrome.runtime.getURL('src/lib/requests.js'));
    const { outboxEntries, requestItem, eventItem } = await import(chrome.runtime.getURL('src/lib/queue.js'));
    const area = chrome.storage.local;
    const sentAt = new Date(Date.now() - sentAgoMs);
    const logged = await logRejection(area, { company, role, rejectionAt: new Date(sentAt.getTime() - 2 * 3_600_000) });
    // The send happened in the past, but it is queued now, behind the rejection it belongs to.
    const request = { ...logged, recipientDomain: to?.split('@')[1] ?? null, webmail };
    const event = { id: crypto.randomUUID(), requestId: request.id, type: 'SENT', occurredAt: sentAt.toISOString(), source: 'EXTENSION' };
    await area.set({
      [`request/${request.id}`]: request,
      [`event/${event.id}`]: event,
      ...(to ? { [`sent/${request.id}`]: { to: [to], subject, threadId, messageId: null, sentAt: sentAt.toISOString() } } : {}),
      ...outboxEntries([requestItem(request), eventItem(request.id, event)], Date.now() + 1),
    });
    return request.id;
  }, seed);
  await page.close();
  return requestId;
}

// What the user sees, at the laptop size the portal's screenshots use, into docs/screenshots.
export async function screenshot(page, name) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: new URL(`../../../docs/screenshots/${name}.png`, import.meta.url).pathname });
}
