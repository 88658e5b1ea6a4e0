// Connecting the extension through the popup, in a browser of its own so it starts unconnected.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowserWithExtension } from '../support/browser.js';
import { startFakeDebriefServer } from '../support/fake-debrief-server.js';
import { connectInPopup, openPopupFor, storage, storedTemplates, eventually } from '../support/journeys.js';

let browser;
let server;

before(async () => {
  server = await startFakeDebriefServer();
  browser = await launchBrowserWithExtension();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the popup says when it is not connected, explains bad codes, and connects with a good one', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/pages/inbox.html`);
  const popup = await openPopupFor(browser, page);
  assert.match(await popup.textContent('#not-connected'), /Not connected/);
  assert.equal(await popup.isVisible('#main-view'), false);

  await popup.fill('#connection-code', 'DBR1.broken');
  await popup.click('#connect-form button');
  assert.match(await popup.textContent('#connect-message'), /incomplete/);

  await popup.fill('#connection-code', server.connectionCode.replace(/\.[A-Z2-7]+$/, '.AAAAAAAAAAAA'));
  await popup.click('#connect-form button');
  await popup.waitForFunction(() => /not valid/.test(document.querySelector('#connect-message').textContent));
  assert.equal(await popup.textContent('#connect-message'), 'This code is not valid. Ask your coach for a new one.');

  await popup.fill('#connection-code', server.connectionCode);
  await popup.click('#connect-form button');
  await popup.waitForSelector('#main-view', { state: 'visible' });
  assert.equal(await popup.textContent('#connection-status'), 'Connected to North Careers');
  const { connection } = await storage(browser.worker);
  assert.equal(connection.origin, server.origin);
  assert.equal(connection.status, 'connected');
  await popup.close();
  await page.close();
});

test('the templates arrive even when the popup is closed the moment it says it is connected', async () => {
  await browser.worker.evaluate(() => chrome.storage.local.remove(['connection', 'templates']));
  server.api.templatesDelayMs = 1500; // the popup is gone long before its own call would answer
  const calls = server.api.templateCalls;
  const { page, popup } = await connectInPopup(browser, server);
  await popup.close();

  const templates = await eventually(async () => {
    const items = await storedTemplates(browser.worker);
    return items.length > 0 && items;
  }, { message: 'the service worker to store the templates', timeoutMs: 10000 });
  assert.deepEqual(templates.map((template) => template.versionId), ['tv-42', 'tv-77']);
  assert.ok(server.api.templateCalls > calls);
  server.api.templatesDelayMs = 0;
  await page.close();
});
