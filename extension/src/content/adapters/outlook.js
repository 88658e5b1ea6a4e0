// Outlook on the web (outlook.office.com, outlook.live.com): one compose in the reading pane or
// a pop-out; recipients are a contenteditable "well" with persona chips.
(() => {
  const ns = globalThis.DebriefContent;
  const itemId = () => new URLSearchParams(location.search).get('ItemID') ?? location.pathname.split('/id/')[1] ?? null;
  ns.adapters.outlook = ns.kit.selectorAdapter({
    name: 'outlook',
    hosts: ['outlook.office.com', 'outlook.live.com', 'outlook.office365.com'],
    body: 'div[contenteditable="true"][role="textbox"][aria-label^="Message body"]',
    subject: 'input[aria-label="Add a subject"], input[placeholder="Add a subject"]',
    toInput: 'div[contenteditable="true"][role="textbox"][aria-label="To"]',
    toArea: 'div[role="textbox"][aria-label="To"]',
    send: 'button[aria-label="Send"], button[title^="Send"]',
    error: '[role="alertdialog"]',
    notice: '[role="status"], [role="alert"]',
    sentText: /\bsent\b/i,
    thread: {
      subject: 'div[role="heading"][aria-level="2"] span[title], div[role="heading"][aria-level="2"]',
      message: 'div[aria-label="Email message"]',
      sender: 'span[title*="@"]',
      date: 'div[data-testid="SentReceivedSavedTime"]',
      threadId: () => itemId(),
    },
    threadIds: () => ({ threadId: itemId(), messageId: null }),
    ownAddresses: (doc) => [ns.replyRules.addressIn(doc.querySelector('#mectrl_currentAccount_secondary')?.textContent)].filter(Boolean),
  });
})();
