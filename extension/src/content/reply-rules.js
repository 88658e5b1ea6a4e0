// Deciding whether an open conversation holds a reply to a tracked request: which request it
// belongs to, which messages are from the recipient and newer than the send, and which of those
// are out-of-office or delivery-failure messages that do not count. Pure functions over what the
// adapters read (sender, date, subject line, headers shown); classic script, unit-tested in node.
(() => {
  const ns = globalThis.DebriefContent;
  const MINUTE_MS = 60_000;
  const EMAIL = /[A-Z0-9._%+'-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}/i;

  // A recipient at one of these shares its domain with millions: only the exact address counts.
  const SHARED_DOMAINS = new Set([
    'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'ymail.com',
    'icloud.com', 'me.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.de', 'gmx.net', 'web.de',
    'mail.com', 'zoho.com', 'yandex.com', 'fastmail.com', 'orange.fr', 'free.fr', 'laposte.net', 't-online.de',
  ]);

  const REPLY_PREFIX = /^(?:re|fw|fwd|aw|sv|vs|wg|tr|rif|antw|odp|res)\s*(?:\[\d+\]|\(\d+\))?\s*:\s*/i;
  const TAG_PREFIX = /^\[[^\]]{1,30}\]\s*/; // "[External] Re: …"
  const AUTO_PREFIX = /^(?:automatic reply|auto(?:matic)?[- ]?reply|autoreply|auto[- ]?response|out of (?:the )?office(?: reply)?|ooo|abwesenheitsnotiz|automatische antwort|r[ée]ponse automatique|respuesta autom[aá]tica|undeliverable|undelivered mail(?: returned to sender)?|delivery status notification(?: \(failure\))?|returned mail)\s*:\s*/i;
  const AUTO_SUBJECT = /\b(?:automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|out of (?:the )?office|abwesenheit\w*|automatische antwort|r[ée]ponse automatique|respuesta autom[aá]tica|away from (?:the )?office|on vacation)\b/i;
  const FAILURE_SUBJECT = /\b(?:undeliverable|undelivered mail|delivery status notification|delivery (?:has )?failed|delivery failure|mail delivery failed|returned mail|failure notice|could not be delivered)\b/i;
  const FAILURE_SENDER = /^(?:mailer-daemon|mail-daemon|postmaster|bounces?)$/i;
  const FAILURE_NAME = /\b(?:mail delivery (?:subsystem|system|service)|mailer-daemon|postmaster)\b/i;

  const domainOf = (address) => address?.split('@')[1]?.toLowerCase() ?? null;

  function addressIn(text) {
    return String(text ?? '').match(EMAIL)?.[0].toLowerCase() ?? null;
  }

  // "Re: Fwd: [External] Automatic reply: Thank you" and "thank you" are the same thread.
  function normaliseSubject(subject) {
    let text = String(subject ?? '').replace(/\s+/g, ' ').trim();
    for (let previous = null; previous !== text;) {
      previous = text;
      text = text.replace(REPLY_PREFIX, '').replace(TAG_PREFIX, '').replace(AUTO_PREFIX, '').trim();
    }
    return text.toLowerCase();
  }

  const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

  function timeOf(text) {
    const match = text.match(/(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?/i) ?? text.match(/\b(\d{1,2}):(\d{2})(?::(\d{2}))?\b/);
    if (!match) return null;
    let hours = Number(match[1]);
    const meridiem = match[4]?.toLowerCase();
    if (meridiem === 'p' && hours < 12) hours += 12;
    if (meridiem === 'a' && hours === 12) hours = 0;
    return { hours, minutes: Number(match[2]), seconds: Number(match[3] ?? 0) };
  }

  function offsetMinutesOf(text) {
    const numeric = text.match(/(?:\b(?:GMT|UTC)\s*)?([+-])(\d{2}):?(\d{2})\s*$/i) ?? text.match(/\s([+-])(\d{2}):?(\d{2})\b/);
    if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
    return /\b(?:GMT|UTC)\b|Z$/.test(text) ? 0 : null;
  }

  function weekdayIn(text) {
    const match = text.toLowerCase().match(/\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*\b/);
    return match ? WEEKDAYS.indexOf(match[1]) : null;
  }

  // Numeric dates are ambiguous (3/2/2026: 2 March in the US, 3 February elsewhere); the weekday
  // most webmails print beside them decides, and without one the US reading wins.
  function dayOf(text, now) {
    const lower = text.toLowerCase();
    const today = new Date(now);
    if (/\btoday\b/.test(lower)) return { year: today.getFullYear(), month: today.getMonth(), day: today.getDate() };
    if (/\byesterday\b/.test(lower)) {
      const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
      return { year: yesterday.getFullYear(), month: yesterday.getMonth(), day: yesterday.getDate() };
    }
    let match = lower.match(/\b(\d{4})-(\d{1,2})-(\d{1,2})/);
    if (match) return { year: Number(match[1]), month: Number(match[2]) - 1, day: Number(match[3]) };
    match = lower.match(/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/);
    if (match) return { year: Number(match[3]), month: Number(match[2]) - 1, day: Number(match[1]) };
    match = lower.match(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/);
    if (match) {
      const us = { year: Number(match[3]), month: Number(match[1]) - 1, day: Number(match[2]) };
      const other = { year: us.year, month: us.day - 1, day: us.month + 1 };
      const weekday = weekdayIn(text);
      const fits = (date) => date.month < 12 && new Date(date.year, date.month, date.day).getDay() === weekday;
      return weekday !== null && !fits(us) && fits(other) ? other : us;
    }
    const monthMatch = lower.match(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/);
    if (!monthMatch) return null;
    const month = MONTHS.indexOf(monthMatch[1]);
    const withoutTime = lower.replace(/\d{1,2}[:.]\d{2}(?:[:.]\d{2})?/g, ' ');
    const dayMatch = withoutTime.match(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+${monthMatch[0].replace('.', '\\.')}`))
      ?? withoutTime.match(new RegExp(`${monthMatch[0].replace('.', '\\.')}\\s+(\\d{1,2})\\b`));
    if (!dayMatch) return null;
    const yearMatch = withoutTime.match(/\b(\d{4})\b/);
    if (yearMatch) return { year: Number(yearMatch[1]), month, day: Number(dayMatch[1]) };
    // "Mar 2" without a year is this year, unless that lies in the future.
    const thisYear = { year: today.getFullYear(), month, day: Number(dayMatch[1]) };
    return new Date(thisYear.year, month, thisYear.day) > today ? { ...thisYear, year: thisYear.year - 1 } : thisYear;
  }

  // The dates webmails print: "Mon, 2 Mar 2026, 09:12" (Gmail), "Mon 3/2/2026 9:12 AM" (Outlook),
  // "Mon, Mar 2, 2026 at 9:12 AM" (Yahoo), "2026-03-02 10:15" and "Today 10:15" (Roundcube),
  // RFC 2822 header dates. Without an offset the browser's time zone is meant. Null when unsure.
  function parseMailDate(text, now = Date.now()) {
    const value = String(text ?? '').replace(/\u202f|\u00a0/g, ' ').replace(/(\d)T(\d)/, '$1 $2').trim();
    if (value === '') return null;
    const day = dayOf(value, now);
    const time = timeOf(value.replace(/\b\d{4}-\d{1,2}-\d{1,2}\b/, ' ').replace(/\b\d{1,2}[./]\d{1,2}[./]\d{4}\b/, ' '));
    if (!day || !time || day.month < 0 || day.month > 11 || day.day < 1 || day.day > 31) return null;
    const offset = offsetMinutesOf(value);
    if (offset === null) return new Date(day.year, day.month, day.day, time.hours, time.minutes, time.seconds).getTime();
    return Date.UTC(day.year, day.month, day.day, time.hours, time.minutes, time.seconds) - offset * MINUTE_MS;
  }

  // Why a message does not count as the employer's answer, or null when it does.
  function autoReplyReason(message, conversationSubject) {
    const local = message.sender?.split('@')[0] ?? '';
    if (FAILURE_SENDER.test(local) || FAILURE_NAME.test(message.senderName ?? '')) return 'delivery-failure';
    const subject = message.subject ?? conversationSubject ?? '';
    if (FAILURE_SUBJECT.test(subject)) return 'delivery-failure';
    if (AUTO_SUBJECT.test(subject) || /^ooo\b/i.test(subject.replace(REPLY_PREFIX, ''))) return 'auto-reply';
    const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name.toLowerCase(), String(value).trim().toLowerCase()]));
    if (headers['auto-submitted'] && headers['auto-submitted'] !== 'no') return 'auto-reply';
    if ('x-autoreply' in headers || 'x-autorespond' in headers || /^auto_reply$/.test(headers.precedence ?? '')) return 'auto-reply';
    return null;
  }

  // The recipient's own address, or another address at the recipient's company domain.
  function isFromRecipient(sender, sent, ownAddresses = []) {
    const address = sender?.toLowerCase();
    if (!address || ownAddresses.includes(address)) return false;
    const recipients = (sent.to ?? []).map((to) => to.toLowerCase());
    if (recipients.includes(address)) return true;
    const domain = domainOf(address);
    return !SHARED_DOMAINS.has(domain) && recipients.some((to) => domainOf(to) === domain);
  }

  const sentAtMs = (tracked) => Date.parse(tracked.sentAt);

  // Thread ids where the webmail exposes them, else the normalised subject plus a message from the
  // recipient. Several requests can match (a follow-up in its parent's thread): the latest send wins.
  function matchRequest(conversation, trackedRequests, ownAddresses = []) {
    const latest = (list) => list.reduce((best, item) => (best === null || sentAtMs(item) > sentAtMs(best) ? item : best), null);
    const messageIds = new Set(conversation.messages.map((message) => message.id).filter(Boolean));
    const byId = trackedRequests.filter((tracked) => (tracked.threadId && tracked.threadId === conversation.threadId)
      || (tracked.messageId && messageIds.has(tracked.messageId)));
    if (byId.length > 0) return latest(byId);
    const subject = normaliseSubject(conversation.subject);
    if (subject === '') return null;
    return latest(trackedRequests.filter((tracked) => tracked.subject && normaliseSubject(tracked.subject) === subject
      && conversation.messages.some((message) => isFromRecipient(message.sender, tracked, ownAddresses))));
  }

  function messageKey(message) {
    return message.id ?? `${message.sender}|${message.date}`;
  }

  // The newest message that answers the request, or null. Webmails print minutes, so a message
  // shown in the minute of the send counts; the user's own sent copy is told apart by its sender.
  function replyIn(conversation, tracked, { ownAddresses = [], dismissed = [] } = {}) {
    const sentMinute = Math.floor(sentAtMs(tracked) / MINUTE_MS) * MINUTE_MS;
    const candidates = conversation.messages
      .filter((message) => isFromRecipient(message.sender, tracked, ownAddresses))
      .filter((message) => message.date !== null && message.date >= sentMinute)
      .filter((message) => autoReplyReason(message, conversation.subject) === null)
      .filter((message) => !dismissed.includes(messageKey(message)));
    return candidates.reduce((best, message) => (best === null || message.date > best.date ? message : best), null);
  }

  ns.replyRules = { addressIn, normaliseSubject, parseMailDate, autoReplyReason, isFromRecipient, matchRequest, replyIn, messageKey };
})();
