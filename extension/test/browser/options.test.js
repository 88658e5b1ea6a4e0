// The options page: connection status, disconnecting, and the webmails Debrief works in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowserWithExtension } from '../support/browser.js';
import { startFakeDebriefServer } from '../support/fake-debrief-server.js';
import { connectThroughPopup, storage } from '../support/journeys.js';

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

test('options show the connection and the webmails, and disconnecting forgets the token', async () => {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/options.html`);
  await options.waitForFunction(() => document.querySelector('#connection-summary').textContent !== '');
  assert.match(await options.textContent('#connection-summary'), /^Not connected\./);
  const webmails = await options.$$eval('#webmails li', (items) => items.map((item) => item.textContent));
  assert.deepEqual(webmails.slice(0, 4), ['Gmail (built in)', 'Outlook (work or school) (built in)', 'Outlook.com (built in)', 'Yahoo Mail (built in)']);
  assert.match(webmails[4], /^http:\/\/127\.0\.0\.1Remove$/, 'the granted test webmail is listed with a remove button');

  await connectThroughPopup(browser, server);
  await options.waitForFunction(() => document.querySelector('#connection-summary').textContent.startsWith('Connected'));
  assert.equal(await options.textContent('#connection-summary'), `Connected to North Careers (${server.origin}) as Sam Lee, coach Ana Coach.`);

  await options.click('#disconnect');
  await options.waitForFunction(() => document.querySelector('#connection-summary').textContent.startsWith('Not connected'));
  assert.equal((await storage(browser.worker)).connection, null);
  assert.equal(await options.isVisible('#disconnect'), false);
});

test('adding a webmail explains an address that is not one', async () => {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/options.html`);
  await options.fill('#webmail-address', 'ftp://files.example.org');
  await options.click('#add-webmail button');
  assert.equal(await options.textContent('#webmail-message'), 'Only http and https webmails can be added.');
});
