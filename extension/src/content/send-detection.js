// Notices the send of a compose Debrief filled: a click on its send button or Ctrl/Cmd+Enter,
// followed by the compose closing or a "sent" notice, with no error shown. A send that navigates
// the page away (Roundcube) is recorded on pagehide.
(() => {
  const ns = globalThis.DebriefContent;
  const OUTCOME_TIMEOUT_MS = 15_000;
  const POLL_MS = 200;
  const watched = new Map(); // compose root -> { adapter, body, requestId, attempt }
  const listenedDocuments = new WeakSet();

  function snapshot(adapter, root) {
    const subject = adapter.subjectField(root);
    return {
      recipients: adapter.recipients(root),
      subject: subject ? subject.value ?? subject.textContent : null,
      webmail: adapter.webmailName(document),
      ...adapter.threadIds(root, document),
    };
  }

  function composeClosed(root) {
    return !root.isConnected || !ns.kit.isVisible(root);
  }

  async function record(root, entry, attempt) {
    watched.delete(root);
    const request = attempt.request ?? (await attempt.loading);
    if (request) await ns.outbox.recordSent(request, attempt.details);
  }

  function followOutcome(root, entry) {
    const startedAt = Date.now();
    // Read now, not when the fill happened: the popup updates the request after inserting.
    const attempt = { details: snapshot(entry.adapter, root), request: null };
    // A "sent" notice left over from an earlier message must not count for this one.
    const noticeShownBefore = entry.adapter.sentNotice(document);
    attempt.loading = ns.outbox.loadRequest(entry.requestId).then((request) => {
      attempt.request = request;
      return request;
    });
    entry.attempt = attempt;
    const check = () => {
      if (entry.attempt !== attempt || !watched.has(root)) return;
      if (entry.adapter.sendError(document)) {
        entry.attempt = null; // the user fixes the error and sends again
        return;
      }
      if (composeClosed(root) || (!noticeShownBefore && entry.adapter.sentNotice(document))) {
        void record(root, entry, attempt);
        return;
      }
      if (Date.now() - startedAt < OUTCOME_TIMEOUT_MS) setTimeout(check, POLL_MS);
      else entry.attempt = null;
    };
    setTimeout(check, 0);
  }

  function entryFor(target) {
    for (const [root, entry] of watched) {
      if (root.contains(target) || entry.body.contains(target)) return [root, entry];
    }
    return null;
  }

  function onClick(event) {
    const found = entryFor(event.target);
    if (found && found[1].adapter.isSendControl(event.target, found[0])) followOutcome(...found);
  }

  function onKeyDown(event) {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    const found = entryFor(event.target);
    if (found) followOutcome(...found);
  }

  function onPageHide() {
    for (const [root, entry] of watched) {
      if (entry.attempt) void record(root, entry, entry.attempt);
    }
  }

  // Capture phase: the webmail's own handlers may close the compose before a bubbling listener runs.
  function listenTo(doc) {
    if (listenedDocuments.has(doc)) return;
    listenedDocuments.add(doc);
    doc.addEventListener('click', onClick, true);
    doc.addEventListener('keydown', onKeyDown, true);
  }

  ns.sendDetection = {
    start() {
      listenTo(document);
      addEventListener('pagehide', onPageHide);
    },
    watchCompose(adapter, root, body, requestId) {
      if (!requestId) return;
      watched.set(root, { adapter, body, requestId, attempt: null });
      listenTo(body.ownerDocument);
    },
  };
})();
