import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContentScripts } from '../../test/support/load-content-scripts.js';

const rules = loadContentScripts(['namespace.js', 'reply-rules.js'], {}).replyRules;
const local = (...parts) => new Date(...parts).getTime();
const NOW = local(2026, 2, 12, 9, 0);

const tracked = {
  requestId: 'r-1', company: 'Acme', to: ['talent@acme.example.com'], subject: 'Re: Your application at Acme',
  threadId: 'thread-f:1', messageId: null, sentAt: new Date(local(2026, 2, 2, 14, 5, 30)).toISOString(),
};
const message = (fields) => ({ id: null, sender: 'talent@acme.example.com', senderName: 'Dana Reyes', date: local(2026, 2, 3, 10, 30), subject: null, headers: {}, ...fields });
const conversation = (fields) => ({ threadId: null, subject: 'Re: Your application at Acme', messages: [], ...fields });

test('subjects are compared without reply, forward, tag and auto-reply prefixes, case or spacing', () => {
  const same = ['Re: Your application at Acme', 'RE: Fwd:  your application  at Acme', 'AW: Re[2]: Your application at Acme',
    '[External] Re: Your application at Acme', 'Automatic reply: Re: Your application at Acme', 'Out of Office: Your application at Acme'];
  for (const subject of same) assert.equal(rules.normaliseSubject(subject), 'your application at acme', subject);
  assert.notEqual(rules.normaliseSubject('Your application at Globex'), 'your application at acme');
  assert.equal(rules.normaliseSubject(null), '');
});

test('the dates each webmail prints are read in the browser time zone', () => {
  const expected = local(2026, 2, 2, 9, 12);
  assert.equal(rules.parseMailDate('Mon, 2 Mar 2026, 09:12', NOW), expected, 'Gmail (en-GB)');
  assert.equal(rules.parseMailDate('Mon, Mar 2, 2026, 9:12\u202fAM', NOW), expected, 'Gmail (en-US)');
  assert.equal(rules.parseMailDate('Mon 3/2/2026 9:12 AM', NOW), expected, 'Outlook (en-US)');
  assert.equal(rules.parseMailDate('Mon 02/03/2026 09:12', NOW), expected, 'Outlook (en-GB): the weekday decides');
  assert.equal(rules.parseMailDate('Mon, Mar 2, 2026 at 9:12 AM', NOW), expected, 'Yahoo');
  assert.equal(rules.parseMailDate('2026-03-02 09:12', NOW), expected, 'Roundcube');
  assert.equal(rules.parseMailDate('02.03.2026 09:12', NOW), expected, 'Roundcube (de)');
  assert.equal(rules.parseMailDate('Today 09:12', local(2026, 2, 2, 18, 0)), expected, 'Roundcube, today');
  assert.equal(rules.parseMailDate('Yesterday 09:12', local(2026, 2, 3, 8, 0)), expected, 'Roundcube, yesterday');
  assert.equal(rules.parseMailDate('Mar 2, 9:12 PM', NOW), local(2026, 2, 2, 21, 12), 'no year: this year');
  assert.equal(rules.parseMailDate('Dec 30, 9:12 PM', NOW), local(2025, 11, 30, 21, 12), 'no year, not in the future: last year');
  assert.equal(rules.parseMailDate('Mon, 02 Mar 2026 10:15:00 +0100', NOW), Date.UTC(2026, 2, 2, 9, 15), 'RFC 2822 with offset');
  assert.equal(rules.parseMailDate('2026-03-02T09:15:00Z', NOW), Date.UTC(2026, 2, 2, 9, 15), 'ISO');
  assert.equal(rules.parseMailDate('2 hours ago', NOW), null, 'unsure: null');
  assert.equal(rules.parseMailDate('', NOW), null);
});

test('out-of-office and automatic replies are recognised by subject, sender or visible headers', () => {
  const auto = (fields, subject) => rules.autoReplyReason(message(fields), subject);
  assert.equal(auto({ subject: 'Automatic reply: Re: Your application at Acme' }), 'auto-reply');
  assert.equal(auto({}, 'Out of Office: Your application at Acme'), 'auto-reply', 'the conversation subject when messages show none');
  assert.equal(auto({ subject: 'OOO: back on Monday' }), 'auto-reply');
  assert.equal(auto({ subject: 'Abwesenheitsnotiz: Ihre Bewerbung' }), 'auto-reply');
  assert.equal(auto({ headers: { 'Auto-Submitted': 'auto-replied' } }), 'auto-reply');
  assert.equal(auto({ headers: { 'Auto-Submitted': 'no' } }), null, 'Auto-Submitted: no is a person');
  assert.equal(auto({ headers: { 'X-Autoreply': 'yes' } }), 'auto-reply');
});

test('delivery failures are recognised by sender or subject', () => {
  const auto = (fields) => rules.autoReplyReason(message(fields));
  assert.equal(auto({ sender: 'mailer-daemon@acme.example.com', senderName: 'Mail Delivery System' }), 'delivery-failure');
  assert.equal(auto({ sender: 'postmaster@acme.example.com' }), 'delivery-failure');
  assert.equal(auto({ senderName: 'Mail Delivery Subsystem' }), 'delivery-failure');
  assert.equal(auto({ subject: 'Undeliverable: Your application at Acme' }), 'delivery-failure');
  assert.equal(auto({ subject: 'Delivery Status Notification (Failure)' }), 'delivery-failure');
});

test('a person answering is not an automatic reply', () => {
  assert.equal(rules.autoReplyReason(message({ subject: 'Re: Your application at Acme' })), null);
  assert.equal(rules.autoReplyReason(message({}), 'Re: Thank you for the office tour'), null);
});

test('a reply counts from the recipient address or the recipient company domain, never the user or a shared mail domain', () => {
  assert.equal(rules.isFromRecipient('Talent@Acme.example.com', tracked), true);
  assert.equal(rules.isFromRecipient('dana.reyes@acme.example.com', tracked), true, 'a colleague at the company');
  assert.equal(rules.isFromRecipient('friend@elsewhere.example', tracked), false);
  assert.equal(rules.isFromRecipient('talent@acme.example.com', tracked, ['talent@acme.example.com']), false, 'the user');
  const gmailRecipient = { ...tracked, to: ['dana.recruits@gmail.com'] };
  assert.equal(rules.isFromRecipient('dana.recruits@gmail.com', gmailRecipient), true);
  assert.equal(rules.isFromRecipient('someone.else@gmail.com', gmailRecipient), false, 'a shared mail domain is not a company');
  assert.equal(rules.isFromRecipient(null, tracked), false);
});

test('a conversation belongs to a request by thread id first', () => {
  const other = { ...tracked, requestId: 'r-2', threadId: 'thread-f:2', subject: 'Something else' };
  assert.equal(rules.matchRequest(conversation({ threadId: 'thread-f:2', subject: 'Unrelated' }), [tracked, other]).requestId, 'r-2');
  const byMessageId = { ...tracked, requestId: 'r-3', threadId: null, messageId: '<m-1@x>' };
  assert.equal(rules.matchRequest(conversation({ subject: 'x', messages: [message({ id: '<m-1@x>' })] }), [byMessageId]).requestId, 'r-3');
});

test('without a thread id, the normalised subject and a message from the recipient match', () => {
  const noThread = { ...tracked, threadId: null };
  const reply = conversation({ subject: 'RE: Your application at Acme', messages: [message({})] });
  assert.equal(rules.matchRequest(reply, [noThread]).requestId, 'r-1');
  assert.equal(rules.matchRequest({ ...reply, messages: [message({ sender: 'friend@elsewhere.example' })] }, [noThread]), null, 'subject alone is not enough');
  assert.equal(rules.matchRequest({ ...reply, subject: 'Re: Your application at Globex' }, [noThread]), null);
});

test('a follow-up sent in its parent thread takes the replies: the latest send matches', () => {
  const child = { ...tracked, requestId: 'r-child', sentAt: new Date(local(2026, 2, 9, 9, 0)).toISOString() };
  assert.equal(rules.matchRequest(conversation({ threadId: 'thread-f:1' }), [tracked, child]).requestId, 'r-child');
});

test('only a message from the recipient, newer than the send and not automatic, is a reply', () => {
  const sentMessage = message({ sender: 'sam.lee@gmail.com', date: local(2026, 2, 2, 14, 5) });
  const rejection = message({ date: local(2026, 2, 2, 9, 12) });
  const thread = (...extra) => conversation({ messages: [rejection, sentMessage, ...extra] });
  const own = { ownAddresses: ['sam.lee@gmail.com'] };
  assert.equal(rules.replyIn(thread(), tracked, own), null, 'the rejection before the send is no reply');
  assert.equal(rules.replyIn(thread(message({ sender: 'friend@elsewhere.example' })), tracked, own), null, 'someone else');
  assert.equal(rules.replyIn(thread(message({ subject: 'Automatic reply: Re: Your application at Acme' })), tracked, own), null, 'out of office');
  assert.equal(rules.replyIn(thread(message({ date: null })), tracked, own), null, 'an unreadable date does not count');
  const reply = message({ id: 'msg-9' });
  assert.equal(rules.replyIn(thread(reply), tracked, own), reply);
  assert.equal(rules.replyIn(thread(reply), tracked, { ...own, dismissed: ['msg-9'] }), null, '"Not a reply" is remembered per message');
});

test('a reply shown in the same minute as the send counts (webmails print minutes)', () => {
  const sameMinute = message({ date: local(2026, 2, 2, 14, 5) });
  assert.equal(rules.replyIn(conversation({ messages: [sameMinute] }), tracked), sameMinute);
  assert.equal(rules.replyIn(conversation({ messages: [message({ date: local(2026, 2, 2, 14, 4) })] }), tracked), null);
});

test('a message without an id is keyed by sender and date', () => {
  assert.equal(rules.messageKey(message({ date: 5 })), 'talent@acme.example.com|5');
  assert.equal(rules.messageKey(message({ id: 'x' })), 'x');
});
