// Starts the content side once per page and answers the popup.
(() => {
  const ns = globalThis.DebriefContent;
  if (ns.started) return;
  ns.started = true;

  const specific = Object.values(ns.adapters).find((adapter) => adapter.name !== 'generic' && adapter.matchesLocation(location));
  const adapter = specific ?? ns.adapters.generic;
  ns.caretMemory.start(document);
  ns.sendDetection.start();
  void ns.replyWatch.start(adapter);

  chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== chrome.runtime.id) return;
    if (message?.type === 'debrief:insert') {
      sendResponse(ns.insertDraft(adapter, message.draft));
    } else if (message?.type === 'debrief:probe') {
      sendResponse({ webmail: adapter.webmailName(document), composeFound: adapter.composeBodies(document).length > 0 });
    }
  });
})();
