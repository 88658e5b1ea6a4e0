// The popup's questions, against the fake server's practice settings (no reply after 10 days,
// follow-up on day 7, the "Gentle follow-up" template): "Did <company> reply?" on the last day
// before the timeout with a mark on the badge, and the follow-up offered once as a child request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowserWithExtension } from '../support/browser.js';
import { startFakeDebriefServer } from '../support/fake-debrief-server.js';
import { openPopupFor, connectThroughPopup, eventually, seedSentRequest, screenshot, storage, occurrences } from '../support/journeys.js';

const DAY_MS = 86_400_000;

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

const badgeText = () => browser.worker.evaluate(() => chrome.action.getBadgeText({}));
const question = (popup, requestId, kind) => popup.locator(`#questions li[data-request-id="${requestId}"][data-question="${kind}"]`);
const replyQuestion = (popup, requestId) => question(popup, requestId, 'reply');
const followUpOffer = (popup, requestId) => question(popup, requestId, 'follow-up');
const serverEvents = (requestId) => server.api.events.filter((event) => event.requestId === requestId).map((event) => event.type);

async function popupOnInbox() {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/pages/inbox.html`);
  return { page, popup: await openPopupFor(browser, page) };
}

test('a day before the no-reply timeout the badge shows a mark and the popup asks "Did <company> reply?"', async () => {
  const globex = await seedSentRequest(browser, { company: 'Globex', role: 'QA Engineer', sentAgoMs: 9.5 * DAY_MS });
  const initech = await seedSentRequest(browser, { company: 'Initech', role: 'Analyst', sentAgoMs: 9.2 * DAY_MS });
  const early = await seedSentRequest(browser, { company: 'Hooli', sentAgoMs: 8 * DAY_MS });
  await eventually(() => [globex, initech, early].every((id) => serverEvents(id).includes('SENT')), { message: 'the seeded sends at the server' });
  await eventually(async () => (await badgeText()) === '?', { message: 'the badge mark' });

  const { page, popup } = await popupOnInbox();
  await replyQuestion(popup, globex).waitFor();
  assert.equal(await replyQuestion(popup, globex).locator('h3').textContent(), 'Did Globex reply?');
  assert.equal(await replyQuestion(popup, initech).locator('h3').textContent(), 'Did Initech reply?');
  assert.equal(await replyQuestion(popup, early).count(), 0, 'eight days after the send: not yet');
  assert.equal(await followUpOffer(popup, globex).count(), 0, 'one question per request');
  await screenshot(popup, 'extension-popup-did-they-reply');

  await replyQuestion(popup, globex).getByRole('button', { name: 'Yes, feedback' }).click();
  await replyQuestion(popup, globex).waitFor({ state: 'detached' });
  await eventually(() => serverEvents(globex).includes('REPLIED_FEEDBACK'), { message: 'feedback at the server' });
  assert.equal(await followUpOffer(popup, globex).count(), 0, 'answered: no follow-up either');

  await replyQuestion(popup, initech).getByRole('button', { name: 'No reply yet' }).click();
  await replyQuestion(popup, initech).waitFor({ state: 'detached' });
  await followUpOffer(popup, initech).waitFor();
  await popup.reload();
  await followUpOffer(popup, initech).waitFor();
  assert.equal(await replyQuestion(popup, initech).count(), 0, '"No reply yet" hides it until the timeout');
  assert.deepEqual(serverEvents(initech), ['REJECTION_LOGGED', 'SENT'], '"No reply yet" records nothing: the timeout will');
  assert.equal(serverEvents(globex).filter((type) => type === 'REPLIED_FEEDBACK').length, 1);
  assert.equal(await badgeText(), '?', 'the follow-up offers keep the mark');
  await popup.close();
  await page.close();
});

test('on the follow-up day the practice follow-up template is offered once, drafted as a child request and inserted', async () => {
  const parent = await seedSentRequest(browser, {
    company: 'Umbrella', role: 'Researcher', to: 'careers@umbrella.example', subject: 'Thank you for the Researcher interview', sentAgoMs: 7.1 * DAY_MS,
  });
  const declined = await seedSentRequest(browser, { company: 'Soylent', role: 'Chemist', sentAgoMs: 7.3 * DAY_MS });
  await eventually(() => serverEvents(parent).includes('SENT'), { message: 'the seeded send at the server' });
  const page = await browser.context.newPage();
  await page.goto('https://outlook.office.com/mail/deeplink/compose');
  const popup = await openPopupFor(browser, page);
  const offer = followUpOffer(popup, parent);
  await offer.waitFor();
  assert.equal(await offer.locator('h3').textContent(), 'No answer from Umbrella yet');
  assert.match(await offer.locator('.hint').textContent(), /"Gentle follow-up"/);

  await followUpOffer(popup, declined).getByRole('button', { name: 'No, thanks' }).click();
  await followUpOffer(popup, declined).waitFor({ state: 'detached' });

  await offer.getByRole('button', { name: 'Write follow-up' }).click();
  await popup.waitForSelector('#draft h2:has-text("Follow up with Umbrella")');
  assert.equal(await popup.$eval('#template', (select) => select.selectedOptions[0].textContent), 'Gentle follow-up');
  assert.equal(await popup.inputValue('#recipient'), 'careers@umbrella.example');
  assert.equal(await popup.inputValue('#subject'), 'Re: Thank you for the Researcher interview');
  const text = await popup.textContent('#preview');
  assert.match(text, /^Dear the hiring team,\n\nI wrote last week to thank you for the Researcher interview\./);
  await popup.click('#insert');
  await popup.waitForSelector('#draft-result:not([hidden])');
  assert.match(await popup.textContent('#draft-result'), /Inserted/);

  const body = await page.evaluate(() => window.__model.body);
  assert.equal(occurrences(body, text), 1);
  assert.equal(await page.textContent('div[role=textbox][aria-label=To]'), 'careers@umbrella.example');
  assert.equal(await page.inputValue('input[aria-label="Add a subject"]'), 'Re: Thank you for the Researcher interview');

  const local = await storage(browser.worker);
  const child = Object.values(local).find((value) => value?.parentRequestId === parent);
  assert.ok(child, 'a child request is stored');
  await eventually(() => serverEvents(child.id).includes('DRAFTED'), { message: 'the drafted follow-up at the server' });
  const atServer = server.api.requests.get(child.id);
  assert.equal(atServer.parentRequestId, parent);
  assert.equal(atServer.templateVersionId, 'tv-77');
  assert.equal(atServer.company, 'Umbrella');
  assert.deepEqual(serverEvents(child.id), ['DRAFTED'], 'the follow-up logs no second rejection');

  await popup.reload();
  await popup.waitForSelector('#requests h2');
  assert.equal(await followUpOffer(popup, parent).count(), 0, 'offered once');
  assert.equal(await followUpOffer(popup, declined).count(), 0, 'declined: not offered again');
  assert.equal(await popup.locator(`#requests li[data-request-id="${child.id}"] strong`).textContent(), 'Umbrella, Researcher (follow-up)');
  assert.deepEqual(serverEvents(declined), ['REJECTION_LOGGED', 'SENT']);
  await popup.close();
  await page.close();
});
