// The extension loaded in Chromium against compose pages that mirror each webmail's DOM and
// send only what their own editor model saw.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowserWithExtension } from '../support/browser.js';
import { startFakeDebriefServer } from '../support/fake-debrief-server.js';
import {
  openPopupFor, connectThroughPopup, logRejectionAndInsert, storage, eventually, sentEventsFor, occurrences,
} from '../support/journeys.js';

let browser;
let server;

before(async () => {
  server = await startFakeDebriefServer();
  browser = await launchBrowserWithExtension();
  await connectThroughPopup(browser, server);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function serverGotSent(requestId) {
  return eventually(() => server.api.events.find((event) => event.requestId === requestId && event.type === 'SENT'), { message: 'SENT at the server' });
}

test('Gmail: the draft goes in at the remembered caret, signature and quote stay, and the send is recorded', async () => {
  const page = await browser.context.newPage();
  await page.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmpGQ');
  await page.click('.Am.Al.editable > div:nth-child(2)'); // the second of the two empty lines
  await page.click('input[name=subjectbox]'); // the page selection moves away from the body
  const popup = await openPopupFor(browser, page);
  const { text, requestId, result } = await logRejectionAndInsert(popup, { company: 'Acme', role: 'Data Analyst', interviewer: 'Dana Reyes' });
  assert.match(result, /Inserted/);
  assert.match(text, /^Dear Dana Reyes,\n\nThank you for interviewing me for the Data Analyst role at Acme\./);

  const body = await page.evaluate(() => window.__model.body);
  assert.equal(occurrences(body, text), 1);
  assert.ok(body.startsWith(`\n${text}\n`), `inserted on the second line, where the caret was: ${JSON.stringify(body)}`);
  assert.ok(body.indexOf('Sam Lee\n+44 20 7946 0000') > body.indexOf(text), 'signature kept below the draft');
  assert.match(body, /wrote:\nDear Sam,\nThank you for interviewing with us\./);
  assert.equal(await page.inputValue('input[name=subjectbox]'), 'Re: Your application at Acme', 'an existing subject is kept');

  await page.bringToFront();
  await page.click('div[role=button][data-tooltip^="Send"]');
  await page.waitForSelector('#toast', { state: 'visible' });
  const [sent] = await page.evaluate(() => window.__sent);
  assert.equal(occurrences(sent.body, text), 1);
  assert.deepEqual(sent.to, ['talent@acme.example.com']);

  await eventually(async () => (await sentEventsFor(browser.worker, requestId)).length === 1, { message: 'SENT in storage' });
  const local = await storage(browser.worker);
  assert.deepEqual(local[`sent/${requestId}`].to, ['talent@acme.example.com']);
  assert.equal(local[`sent/${requestId}`].threadId, 'thread-f:1790000000000000001');
  await serverGotSent(requestId);
  assert.deepEqual(server.api.events.filter((event) => event.requestId === requestId).map((event) => event.type), ['REJECTION_LOGGED', 'DRAFTED', 'SENT']);
  const atServer = server.api.requests.get(requestId);
  assert.equal(atServer.recipientDomain, 'acme.example.com');
  assert.equal(atServer.webmail, 'gmail');
  assert.equal(atServer.templateVersionId, 'tv-42');
  assert.ok(server.api.rawBodies.every((raw) => !raw.includes('talent@')), 'no address reaches the server');
  await popup.close();
  await page.close();
});

test('Outlook: recipient and subject are filled when empty, and Ctrl+Enter sends', async () => {
  const page = await browser.context.newPage();
  await page.goto('https://outlook.office.com/mail/deeplink/compose');
  const popup = await openPopupFor(browser, page);
  const { text, requestId } = await logRejectionAndInsert(popup, { company: 'Globex', role: 'QA Engineer', interviewer: '', to: 'hr@globex.example.org' });
  assert.match(text, /^Dear the hiring team,/);
  assert.equal(await page.inputValue('input[aria-label="Add a subject"]'), 'Thank you, and a quick question');
  assert.equal(await page.textContent('div[role=textbox][aria-label=To]'), 'hr@globex.example.org');
  const body = await page.evaluate(() => window.__model.body);
  assert.equal(occurrences(body, text), 1);
  assert.ok(body.indexOf('Kind regards,\nSam Lee') > body.indexOf(text), 'signature kept below the draft');

  await page.bringToFront();
  await page.keyboard.press('Control+Enter');
  await page.waitForSelector('#status:has-text("Sent")');
  const [sent] = await page.evaluate(() => window.__sent);
  assert.equal(occurrences(sent.body, text), 1);
  assert.deepEqual(sent.to, ['hr@globex.example.org']);
  await eventually(async () => (await sentEventsFor(browser.worker, requestId)).length === 1, { message: 'SENT in storage' });
  await serverGotSent(requestId);
  assert.equal(server.api.requests.get(requestId).recipientDomain, 'globex.example.org');
  await popup.close();
  await page.close();
});

test('a send the webmail refuses is not recorded; the corrected send is', async () => {
  const page = await browser.context.newPage();
  await page.goto('https://outlook.office.com/mail/0/deeplink/compose?refused');
  const popup = await openPopupFor(browser, page);
  const { requestId } = await logRejectionAndInsert(popup, { company: 'Initech', role: 'Analyst' });
  await page.bringToFront();
  await page.click('button[aria-label=Send]');
  await page.waitForSelector('#send-error', { state: 'visible' });
  await page.waitForTimeout(600);
  assert.deepEqual(await sentEventsFor(browser.worker, requestId), []);

  await page.click('#send-error button');
  await page.click('div[role=textbox][aria-label=To]');
  await page.keyboard.type('lumbergh@initech.example');
  await page.click('button[aria-label=Send]');
  await eventually(async () => (await sentEventsFor(browser.worker, requestId)).length === 1, { message: 'SENT in storage' });
  assert.equal((await storage(browser.worker))[`sent/${requestId}`].to[0], 'lumbergh@initech.example');
  await popup.close();
  await page.close();
});

test('Yahoo: the draft follows what the user already typed, and the button send is recorded', async () => {
  const page = await browser.context.newPage();
  await page.goto('https://mail.yahoo.com/d/compose/1234567');
  await page.click('[data-test-id=rte] > div:first-child');
  await page.keyboard.type('Hello again.');
  await page.keyboard.press('Enter');
  const popup = await openPopupFor(browser, page);
  const { text, requestId } = await logRejectionAndInsert(popup, { company: 'Umbrella', role: 'Researcher', interviewer: 'Dr Ashford', to: 'careers@umbrella.example' });
  const body = await page.evaluate(() => window.__model.body);
  assert.ok(body.startsWith(`Hello again.\n${text}`), `draft right after the typed line, got ${JSON.stringify(body)}`);
  assert.ok(body.includes('Sam Lee\nSent from Yahoo Mail'));

  await page.bringToFront();
  await page.click('[data-test-id=compose-send-button]');
  await page.waitForSelector('#toast', { state: 'visible' });
  const [sent] = await page.evaluate(() => window.__sent);
  assert.equal(occurrences(sent.body, text), 1);
  await eventually(async () => (await sentEventsFor(browser.worker, requestId)).length === 1, { message: 'SENT in storage' });
  await serverGotSent(requestId);
  assert.equal(server.api.requests.get(requestId).webmail, 'yahoo');
  await popup.close();
  await page.close();
});

test('a granted webmail with a plain textarea: inserted at the caret, sent by a form post that leaves the page', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/pages/plain-textarea.html?_task=mail&_action=compose&_reply_uid=42`);
  await page.evaluate(() => {
    const body = document.getElementById('composebody');
    body.focus();
    body.setSelectionRange(0, 0);
  });
  await page.click('#compose-subject');
  const popup = await openPopupFor(browser, page);
  const { text, requestId } = await logRejectionAndInsert(popup, { company: 'Hooli', role: 'Engineer', interviewer: 'Gavin', to: 'gavin@hooli.example' });
  assert.equal(await page.inputValue('#_to'), 'gavin@hooli.example, ');
  assert.equal(await page.inputValue('#compose-subject'), 'Re: Your application');

  await page.bringToFront();
  await page.click('#rcmbtn-send');
  await page.waitForSelector('.confirmation');
  const [form] = server.api.sentForms;
  assert.ok(form._message_model.startsWith(text), 'draft at the top, where the caret was');
  assert.equal(occurrences(form._message_model, text), 1);
  assert.match(form._message_model, /\n-- \nSam Lee\n\nOn 02\.03\.2026 09:12, Dana Reyes wrote:\n> Dear Sam,/);
  await eventually(async () => (await sentEventsFor(browser.worker, requestId)).length === 1, { message: 'SENT in storage' });
  await serverGotSent(requestId);
  const atServer = server.api.requests.get(requestId);
  assert.equal(atServer.recipientDomain, 'hooli.example');
  assert.equal(atServer.webmail, 'roundcube');
  await popup.close();
  await page.close();
});

test('a granted webmail with TinyMCE in an iframe: inserted at the caret inside the iframe, quote kept', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/pages/roundcube-html.html?_task=mail&_action=compose`);
  await page.frameLocator('#composebody_ifr').locator('p').nth(1).click();
  await page.click('#compose-subject');
  const popup = await openPopupFor(browser, page);
  const { text, requestId } = await logRejectionAndInsert(popup, { company: 'Vandelay', role: 'Importer', interviewer: 'Art', to: 'art@vandelay.example' });
  assert.equal(await page.inputValue('#_to'), 'dana@acme.example.com, ', 'an existing recipient is kept');
  const body = await page.evaluate(() => window.__model.body);
  assert.ok(body.startsWith(`\n${text}\n-- \nSam Lee`), `draft on the second line, above the signature: ${JSON.stringify(body)}`);
  assert.match(body, /wrote:\nDear Sam, we have decided/);

  await page.bringToFront();
  await page.click('#rcmbtn-send');
  await page.waitForSelector('.confirmation');
  const [sent] = await page.evaluate(() => window.__sent);
  assert.equal(occurrences(sent.body, text), 1);
  await eventually(async () => (await sentEventsFor(browser.worker, requestId)).length === 1, { message: 'SENT in storage' });
  await serverGotSent(requestId);
  assert.equal(server.api.requests.get(requestId).recipientDomain, 'acme.example.com');
  await popup.close();
  await page.close();
});

test('a page without a compose window gets a clear message and the copy option', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/pages/inbox.html`);
  const popup = await openPopupFor(browser, page);
  const { result } = await logRejectionAndInsert(popup, { company: 'Soylent', role: 'Chemist' });
  assert.match(result, /No open email draft was found on this page/);
  assert.equal(await popup.isVisible('#copy'), true);
  await popup.close();
  await page.close();
});

test('the badge counts down for an unsent request, and answers in the popup close it', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/pages/inbox.html`);
  const popup = await openPopupFor(browser, page);
  await popup.fill('#company', 'Cyberdyne');
  await popup.fill('#role', 'Engineer');
  await popup.fill('#rejection-at', localDateTime(Date.now() - 5 * 3_600_000));
  await popup.click('#log-form button[type=submit]');
  const item = popup.locator('#requests li.request', { hasText: 'Cyberdyne' });
  await item.waitFor();
  assert.match(await item.locator('.when').textContent(), /^1[89] h \d+ min left$/);
  await eventually(async () => /^1[89]h$/.test(await browser.worker.evaluate(() => chrome.action.getBadgeText({}))), { message: 'badge' });
  const requestId = await item.getAttribute('data-request-id');

  await item.getByRole('button', { name: 'I sent it' }).click();
  await item.getByRole('button', { name: 'They gave feedback' }).click();
  await item.waitFor({ state: 'detached' });
  await eventually(() => server.api.events.some((event) => event.requestId === requestId && event.type === 'REPLIED_FEEDBACK'), { message: 'feedback at the server' });
  assert.deepEqual(server.api.events.filter((event) => event.requestId === requestId).map((event) => event.type), ['REJECTION_LOGGED', 'SENT', 'REPLIED_FEEDBACK']);
  await popup.close();
  await page.close();
});

function localDateTime(ms) {
  const date = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return date.toISOString().slice(0, 16);
}
