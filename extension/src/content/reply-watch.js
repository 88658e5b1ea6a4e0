// Watches the open conversation for a reply to a tracked request and asks about it once. Reads
// the replyWatch record the service worker keeps and, by key, its own earlier answers (never the
// token or the outbox), and from the page only the sender, date, subject line and shown headers of
// the conversation's messages.
(() => {
  const ns = globalThis.DebriefContent;
  const CHECK_EVERY_MS = 1000; // conversations open without navigation, and Roundcube's preview is an iframe
  const ANSWER_TYPES = { FEEDBACK: 'REPLIED_FEEDBACK', DECLINED: 'REPLIED_DECLINED' };

  let index = { requests: [] };
  const askedThisPage = new Set(); // "<request id>|<message key>": closing the question does not bring it back
  const answeredThisPage = new Set(); // until the service worker has rebuilt the index

  async function loadIndex() {
    const { replyWatch } = await chrome.storage.local.get('replyWatch');
    index = replyWatch ?? { requests: [] };
  }

  function record(tracked, messageKey, answer) {
    if (answer === 'NOT_A_REPLY') {
      void ns.outbox.rememberNotAReply(tracked.requestId, messageKey);
      return;
    }
    answeredThisPage.add(tracked.requestId);
    void ns.outbox.recordAnswer(tracked.requestId, ANSWER_TYPES[answer]);
  }

  let checking = false;

  async function check(adapter) {
    if (checking) return;
    checking = true;
    try {
      await checkOnce(adapter);
    } finally {
      checking = false;
    }
  }

  async function checkOnce(adapter) {
    const open = index.requests.filter((tracked) => !answeredThisPage.has(tracked.requestId));
    if (open.length === 0 || ns.replyPrompt.isShown()) return;
    const conversation = adapter.conversation(document);
    if (!conversation) return;
    const ownAddresses = adapter.ownAddresses(document);
    const tracked = ns.replyRules.matchRequest(conversation, open, ownAddresses);
    if (!tracked) return;
    const reply = ns.replyRules.replyIn(conversation, tracked, { ownAddresses, dismissed: tracked.dismissed });
    if (!reply) return;
    const messageKey = ns.replyRules.messageKey(reply);
    if (askedThisPage.has(`${tracked.requestId}|${messageKey}`)) return;
    askedThisPage.add(`${tracked.requestId}|${messageKey}`);
    if (await ns.outbox.alreadySettled(tracked.requestId, messageKey)) return;
    ns.replyPrompt.show({ company: tracked.company, onAnswer: (answer) => record(tracked, messageKey, answer) });
  }

  ns.replyWatch = {
    async start(adapter) {
      chrome.storage.onChanged.addListener((changes, areaName) => {
        if (areaName !== 'local' || !('replyWatch' in changes)) return;
        index = changes.replyWatch.newValue ?? { requests: [] };
        void check(adapter);
      });
      await loadIndex();
      await check(adapter);
      setInterval(() => void check(adapter), CHECK_EVERY_MS);
    },
  };
})();
