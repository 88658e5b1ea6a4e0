// The extension against a real webmail: Roundcube from Debian's packages on 127.0.0.1:8025,
// set up by .ci/webmail/setup.sh. What reaches the recipient's mailbox is the proof.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowserWithExtension } from '../support/browser.js';
import { startFakeDebriefServer } from '../support/fake-debrief-server.js';
import { openPopupFor, connectThroughPopup, logRejectionAndInsert, eventually, sentEventsFor, storage, occurrences, screenshot } from '../support/journeys.js';
import { findMessageBySubject, findUidBySubject, plainTextOf } from '../support/imap.js';
import { sendMail } from '../support/smtp.js';

const ROUNDCUBE = 'http://127.0.0.1:8025/roundcube/';
let browser;
let server;

before(async () => {
  const reachable = await fetch(ROUNDCUBE).then((response) => response.ok, () => false);
  assert.ok(reachable, `Roundcube is not answering at ${ROUNDCUBE}: run "sudo bash .ci/webmail/setup.sh" first.`);
  server = await startFakeDebriefServer();
  browser = await launchBrowserWithExtension();
  await connectThroughPopup(browser, server);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// Roundcube keeps compose state in the PHP session; a mailbox request still in flight from the
// login redirect can overwrite it ("Requested compose session not found"), so the inbox is let
// settle first and a compose that lost that race is opened again.
async function openCompose() {
  const page = await browser.context.newPage();
  await page.goto(ROUNDCUBE);
  if (await page.isVisible('#rcmloginuser')) {
    await page.fill('#rcmloginuser', 'seeker');
    await page.fill('#rcmloginpwd', 'seeker-pass');
    await Promise.all([page.waitForURL(/_mbox=INBOX/), page.click('#rcmloginsubmit')]);
  }
  await page.waitForLoadState('networkidle');
  for (let attempt = 1; ; attempt += 1) {
    await page.goto(`${ROUNDCUBE}?_task=mail&_action=compose`);
    await page.waitForURL(/_id=/);
    const ready = await page.waitForFunction(() => document.querySelector('#composebody')?.value.includes('Sam Seeker'), null, { timeout: 10_000 })
      .then(() => true, () => false);
    if (ready) return page;
    if (attempt === 3) throw new Error(`Roundcube did not open a compose window: ${await page.textContent('body')}`);
  }
}

async function draftAndSend(page, company) {
  const popup = await openPopupFor(browser, page);
  const draft = await logRejectionAndInsert(popup, { company, role: 'Analyst', interviewer: 'Harriet', to: 'hiring@example.test' });
  const subject = `Feedback request ${company}`;
  await page.fill('#compose-subject', subject);
  await page.bringToFront();
  await Promise.all([page.waitForURL(/_mbox=INBOX/), page.click('button.btn.btn-primary.send')]);
  await eventually(async () => (await sentEventsFor(browser.worker, draft.requestId)).length === 1, { message: 'SENT in storage' });
  const raw = await eventually(() => findMessageBySubject('hiring', 'hiring-pass', subject), { message: 'delivery' });
  await popup.close();
  return { ...draft, raw };
}

test('plain-text compose: the delivered mail has the draft once, above the signature', async () => {
  const page = await openCompose();
  await page.click('#composebody');
  await page.keyboard.press('Control+Home');
  const company = `Acme-${Date.now()}`;
  const { text, requestId, raw } = await draftAndSend(page, company);
  const delivered = plainTextOf(raw);
  assert.equal(occurrences(delivered, text), 1);
  assert.ok(delivered.startsWith(text), `draft at the caret, the top: ${JSON.stringify(delivered)}`);
  assert.match(delivered, /\n-- \nSam Seeker\nseeker@example\.test/);
  assert.deepEqual((await storage(browser.worker))[`sent/${requestId}`].to, ['hiring@example.test']);
  await serverHas(requestId, 'example.test', 'roundcube');
  await page.close();
});

test('HTML compose (TinyMCE in an iframe): the delivered mail has each line once, above the signature', async () => {
  const page = await openCompose();
  page.on('dialog', (dialog) => dialog.accept());
  await page.click('#composebodycontainer .editor-toolbar a.mce-i-html');
  const editor = page.frameLocator('#composebody_ifr').locator('body');
  await editor.locator('#_rc_sig').waitFor();
  await editor.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Home');
  const company = `Globex-${Date.now()}`;
  const { text, requestId, raw } = await draftAndSend(page, company);
  const delivered = plainTextOf(raw);
  const lines = text.split('\n').filter((line) => line !== '');
  for (const line of lines) assert.equal(occurrences(delivered, line), 1, `"${line}" once in ${JSON.stringify(delivered)}`);
  assert.ok(delivered.indexOf(lines.at(-1)) < delivered.indexOf('Sam Seeker'), `signature below the draft: ${JSON.stringify(delivered)}`);
  await serverHas(requestId, 'example.test', 'roundcube');
  await page.close();
});

test('a reply sent over SMTP asks "did they give feedback?" in Roundcube; the out-of-office before it does not', async () => {
  const page = await openCompose();
  await page.click('#composebody');
  await page.keyboard.press('Control+Home');
  const company = `Initech-${Date.now()}`;
  const { requestId } = await draftAndSend(page, company);
  const subject = `Feedback request ${company}`;
  await serverHas(requestId, 'example.test', 'roundcube');
  await eventually(async () => (await storage(browser.worker)).replyWatch.requests.some((tracked) => tracked.requestId === requestId), { message: 'the send tracked for replies' });
  const prompt = page.locator('debrief-reply-prompt').getByRole('dialog');

  const hiring = 'Harriet Hiring <hiring@example.test>';
  const seeker = 'Sam Seeker <seeker@example.test>';
  await sendMail({ from: hiring, to: seeker, subject: `Automatic reply: ${subject}`, headers: { 'Auto-Submitted': 'auto-replied' }, body: 'I am out of the office until Monday with limited access to email.' });
  const outOfOffice = await eventually(() => findUidBySubject('seeker', 'seeker-pass', `Automatic reply: ${subject}`), { message: 'the out-of-office delivered' });
  await page.goto(`${ROUNDCUBE}?_task=mail&_mbox=INBOX&_uid=${outOfOffice}&_action=show`);
  await page.waitForSelector('#message-header h2.subject');
  await page.waitForTimeout(2500); // the content script looks every second
  assert.equal(await prompt.count(), 0, 'an out-of-office from the recipient is no reply');

  await sendMail({ from: hiring, to: seeker, subject: `Re: ${subject}`, body: 'Hi Sam, thank you for asking. Two things stood out in your interview.' });
  await eventually(() => findUidBySubject('seeker', 'seeker-pass', `Re: ${subject}`), { message: 'the reply delivered' });
  // Opened the usual way: a click in the message list shows it in Roundcube's preview frame.
  await page.goto(`${ROUNDCUBE}?_task=mail&_mbox=INBOX`);
  await page.locator('#messagelist tr', { hasText: `Re: ${subject}` }).first().click();
  await prompt.waitFor();
  assert.equal(await prompt.locator('.question').textContent(), `Reply from ${company} — did they give feedback?`);
  await screenshot(page, 'extension-reply-prompt-roundcube');
  await prompt.getByRole('button', { name: 'Feedback', exact: true }).click();
  await eventually(() => server.api.events.some((event) => event.requestId === requestId && event.type === 'REPLIED_FEEDBACK'), { message: 'feedback at the server' });

  const reply = await findUidBySubject('seeker', 'seeker-pass', `Re: ${subject}`);
  await page.goto(`${ROUNDCUBE}?_task=mail&_mbox=INBOX&_uid=${reply}&_action=show`);
  await page.waitForSelector('#message-header h2.subject');
  await page.waitForTimeout(2500);
  assert.equal(await prompt.count(), 0, 'answered: not asked again');
  assert.deepEqual(server.api.events.filter((event) => event.requestId === requestId).map((event) => event.type), ['REJECTION_LOGGED', 'DRAFTED', 'SENT', 'REPLIED_FEEDBACK']);
  await page.close();
});

async function serverHas(requestId, recipientDomain, webmail) {
  await eventually(() => server.api.events.some((event) => event.requestId === requestId && event.type === 'SENT'), { message: 'SENT at the server' });
  assert.equal(server.api.requests.get(requestId).recipientDomain, recipientDomain);
  assert.equal(server.api.requests.get(requestId).webmail, webmail);
}
