// Reply detection in the webmail test pages: each renders a conversation view in its client's
// markup (?case= picks the messages, see test/pages/thread-cases.js). The question must appear
// only for a newer message from the recipient that a person wrote, once, and reach the server once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowserWithExtension } from '../support/browser.js';
import { startFakeDebriefServer } from '../support/fake-debrief-server.js';
import { connectThroughPopup, eventually, seedSentRequest, screenshot, storage } from '../support/journeys.js';

const HOUR_MS = 3_600_000;
const CHECKS_MS = 2000; // the content script looks at the conversation on load and every second

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

// The conversations' messages are dated from one moment, as a mailbox's dates stay put between
// visits: dated from each page load, a reply's minute could move between two visits, and with it
// the key of the message the user had answered "Not a reply" about (Outlook and Yahoo key messages
// by sender and date), so the question came back.
const NOW = Date.now();

const WEBMAILS = {
  gmail: {
    url: (name) => `https://mail.google.com/mail/u/0/?case=${name}&now=${NOW}#inbox/FMfcgzQXJWDsKmpGQ`,
    seed: { company: 'Acme', to: 'talent@acme.example.com', subject: 'Re: Your application at Acme', threadId: 'thread-f:1790000000000000001', webmail: 'gmail' },
  },
  outlook: {
    url: (name) => `https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAA%3D?case=${name}&now=${NOW}`,
    seed: { company: 'Globex', to: 'hr@globex.example.org', subject: 'QA Engineer interview', webmail: 'outlook' },
  },
  yahoo: {
    url: (name) => `https://mail.yahoo.com/d/folders/1/messages/AKl2fZ0?case=${name}&now=${NOW}`,
    seed: { company: 'Umbrella', to: 'careers@umbrella.example', subject: 'Re: Researcher position', webmail: 'yahoo' },
  },
  roundcube: {
    url: (name) => `${server.origin}/pages/roundcube-message.html?_task=mail&_mbox=INBOX&_uid=7&_action=show&case=${name}&now=${NOW}`,
    seed: { company: 'Hooli', to: 'gavin@hooli.example', subject: 'Re: Engineer role', webmail: 'roundcube' },
  },
};

const promptIn = (page) => page.locator('debrief-reply-prompt').getByRole('dialog');

function serverEvents(requestId, type) {
  return server.api.events.filter((event) => event.requestId === requestId && (!type || event.type === type));
}

async function seed(webmail, fields = {}) {
  const requestId = await seedSentRequest(browser, { ...WEBMAILS[webmail].seed, sentAgoMs: HOUR_MS / 2, ...fields });
  await eventually(() => serverEvents(requestId, 'SENT').length === 1, { message: 'the seeded send at the server' });
  return requestId;
}

async function open(webmail, name) {
  const page = await browser.context.newPage();
  await page.goto(WEBMAILS[webmail].url(name));
  return page;
}

async function assertNoPrompt(page, why) {
  await page.waitForTimeout(CHECKS_MS);
  assert.equal(await page.locator('debrief-reply-prompt').count(), 0, why);
}

// The negative cases are only worth something if the same tracked request is caught in the same
// page when the reply is there, so each ends with that control: closed with "Ask me later" it
// comes back on the next visit only; "Not a reply" is remembered for that message; neither records.
async function assertOnlyTheReplyAsks(webmail, cases) {
  const requestId = await seed(webmail);
  const pages = await Promise.all(cases.map((name) => open(webmail, name)));
  await pages[0].waitForTimeout(CHECKS_MS);
  for (const [index, page] of pages.entries()) {
    assert.equal(await page.locator('debrief-reply-prompt').count(), 0, `${webmail}, case ${cases[index]}: no question`);
    await page.close();
  }
  const control = await open(webmail, 'reply');
  await promptIn(control).waitFor();
  await promptIn(control).getByRole('button', { name: 'Ask me later' }).click();
  await promptIn(control).waitFor({ state: 'detached' });
  await assertNoPrompt(control, 'closed: not asked again on this page');
  await control.reload();
  await promptIn(control).getByRole('button', { name: 'Not a reply' }).click();
  await eventually(async () => Object.keys(await storage(browser.worker)).some((key) => key.startsWith(`notReply/${requestId}/`)), { message: '"Not a reply" remembered' });
  await control.reload();
  await assertNoPrompt(control, '"Not a reply": not asked again about that message');
  await control.close();
  assert.deepEqual(serverEvents(requestId).map((event) => event.type), ['REJECTION_LOGGED', 'SENT'], 'nothing recorded');
  return requestId;
}

async function answerAndCheckOnce(webmail, button, type) {
  const requestId = await seed(webmail);
  const page = await open(webmail, 'reply');
  const prompt = promptIn(page);
  await prompt.waitFor();
  assert.equal(await prompt.locator('.question').textContent(), `Reply from ${WEBMAILS[webmail].seed.company} — did they give feedback?`);
  await prompt.getByRole('button', { name: button, exact: true }).click();
  await eventually(() => serverEvents(requestId, type).length === 1, { message: `${type} at the server` });
  await page.reload();
  await assertNoPrompt(page, 'answered: never asked again');
  await page.waitForTimeout(500);
  assert.equal(serverEvents(requestId, type).length, 1, 'exactly one answer event');
  const local = Object.values(await storage(browser.worker)).filter((value) => value?.requestId === requestId && value.type === type);
  assert.deepEqual(local.map((event) => event.source), ['EXTENSION']);
  await page.close();
  return requestId;
}

test('Gmail: a reply from the recipient asks once, and Feedback reaches the server exactly once', async () => {
  const requestId = await seed('gmail');
  const page = await open('gmail', 'reply');
  const prompt = promptIn(page);
  await prompt.waitFor();
  assert.equal(await prompt.locator('.question').textContent(), 'Reply from Acme — did they give feedback?');
  await screenshot(page, 'extension-reply-prompt');
  await prompt.getByRole('button', { name: 'Feedback', exact: true }).click();
  assert.match(await prompt.locator('.question').textContent(), /^Saved\./);
  await eventually(() => serverEvents(requestId, 'REPLIED_FEEDBACK').length === 1, { message: 'feedback at the server' });

  const again = await open('gmail', 'reply');
  await assertNoPrompt(again, 'the same conversation in another tab: not asked again');
  await page.reload();
  await assertNoPrompt(page, 'reloaded: not asked again');
  assert.equal(serverEvents(requestId, 'REPLIED_FEEDBACK').length, 1);
  assert.deepEqual((await storage(browser.worker)).replyWatch.requests.map((item) => item.requestId).filter((id) => id === requestId), [], 'answered requests leave the watch list');
  await again.close();
  await page.close();
});

test('Gmail: no question without a newer message, for someone else, an out-of-office or a bounce', async () => {
  await assertOnlyTheReplyAsks('gmail', ['absent', 'other', 'ooo', 'bounce']);
});

test('the question shows the company name as text, never as markup', async () => {
  await seed('gmail', { company: 'Acme <b>Ltd</b> & <img src=x onerror=alert(1)>' });
  const page = await open('gmail', 'reply');
  await promptIn(page).waitFor();
  assert.equal(await promptIn(page).locator('.question').textContent(), 'Reply from Acme <b>Ltd</b> & <img src=x onerror=alert(1)> — did they give feedback?');
  assert.equal(await promptIn(page).locator('b, img').count(), 0);
  await page.close();
});

test('Outlook: only the reply asks; Declined is recorded once', async () => {
  await assertOnlyTheReplyAsks('outlook', ['absent', 'other', 'ooo']);
  await answerAndCheckOnce('outlook', 'Declined', 'REPLIED_DECLINED');
});

test('Yahoo: only the reply asks, even under a stylesheet that hides buttons; Feedback is recorded once', async () => {
  await assertOnlyTheReplyAsks('yahoo', ['absent', 'other', 'ooo']);
  await answerAndCheckOnce('yahoo', 'Feedback', 'REPLIED_FEEDBACK');
});

test('Roundcube message view: only the reply asks; Feedback is recorded once', async () => {
  await assertOnlyTheReplyAsks('roundcube', ['absent', 'other', 'ooo', 'bounce']);
  await answerAndCheckOnce('roundcube', 'Feedback', 'REPLIED_FEEDBACK');
});
