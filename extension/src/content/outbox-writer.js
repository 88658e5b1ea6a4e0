// Records a detected send straight into chrome.storage.local, in one set() call, so nothing is
// lost when the compose window closes, the page navigates away or the service worker sleeps.
// Key names and bodies repeat src/lib/storage.js and src/lib/queue.js (classic scripts cannot
// import them); outbox-writer.test.js proves the service worker reads what this writes.
(() => {
  const ns = globalThis.DebriefContent;

  const outboxKey = (ms, seq, id) => `outbox/${String(ms).padStart(15, '0')}-${String(seq).padStart(3, '0')}-${id}`;

  // The server learns the recipient's domain only; the address itself stays in this browser.
  const domainOf = (address) => address?.split('@')[1]?.toLowerCase() ?? null;

  function requestBody(request) {
    return {
      company: request.company,
      role: request.role ?? null,
      interviewerName: request.interviewerName ?? null,
      recipientDomain: request.recipientDomain ?? null,
      webmail: request.webmail ?? null,
      channel: request.channel ?? 'EMAIL',
      rejectionAt: request.rejectionAt,
      templateVersionId: request.templateVersionId ?? null,
      parentRequestId: request.parentRequestId ?? null,
    };
  }

  ns.outbox = {
    async loadRequest(requestId) {
      const key = `request/${requestId}`;
      const { [key]: stored = null } = await chrome.storage.local.get(key);
      return stored;
    },
    // Takes the stored request (read when the send began) so that a page being unloaded needs
    // just this one storage call to get through.
    recordSent(stored, details, now = new Date()) {
      const request = {
        ...stored,
        recipientDomain: domainOf(details.recipients[0]) ?? stored.recipientDomain ?? null,
        webmail: details.webmail ?? stored.webmail ?? null,
      };
      const requestId = request.id;
      const occurredAt = now.toISOString();
      const event = { id: globalThis.debriefUuid7(), requestId, type: 'SENT', occurredAt, source: 'EXTENSION' };
      const ms = now.getTime();
      return chrome.storage.local.set({
        [`request/${requestId}`]: request,
        [`event/${event.id}`]: event,
        [`sent/${requestId}`]: {
          to: details.recipients, subject: details.subject, threadId: details.threadId, messageId: details.messageId, sentAt: occurredAt,
        },
        [outboxKey(ms, 0, requestId)]: { kind: 'request', requestId, body: requestBody(request), queuedAt: occurredAt },
        [outboxKey(ms, 1, event.id)]: { kind: 'event', requestId, body: { id: event.id, type: 'SENT', occurredAt }, queuedAt: occurredAt },
      });
    },
    // The user's answer to "Reply from … — did they give feedback?": REPLIED_FEEDBACK or
    // REPLIED_DECLINED, a manual answer (source EXTENSION), queued like every other event.
    recordAnswer(requestId, type, now = new Date()) {
      const occurredAt = now.toISOString();
      const event = { id: globalThis.debriefUuid7(), requestId, type, occurredAt, source: 'EXTENSION' };
      return chrome.storage.local.set({
        [`event/${event.id}`]: event,
        [`answered/${requestId}`]: { type, at: occurredAt },
        [outboxKey(now.getTime(), 0, event.id)]: { kind: 'event', requestId, body: { id: event.id, type, occurredAt }, queuedAt: occurredAt },
      });
    },
    // Read by key just before asking, because the service worker's replyWatch record may not
    // reflect an answer given a moment ago (a reload right after answering).
    async alreadySettled(requestId, messageKey) {
      const keys = [`answered/${requestId}`, `notReply/${requestId}/${messageKey}`];
      return Object.keys(await chrome.storage.local.get(keys)).length > 0;
    },
    rememberNotAReply(requestId, messageKey, now = new Date()) {
      return chrome.storage.local.set({ [`notReply/${requestId}/${messageKey}`]: { at: now.toISOString() } });
    },
  };
})();
