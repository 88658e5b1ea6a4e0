// Yahoo Mail (mail.yahoo.com): stable data-test-id attributes on every compose control.
(() => {
  const ns = globalThis.DebriefContent;
  const conversationId = () => location.pathname.match(/\/messages\/([^/?]+)/)?.[1] ?? null;
  ns.adapters.yahoo = ns.kit.selectorAdapter({
    name: 'yahoo',
    hosts: ['mail.yahoo.com'],
    body: 'div[data-test-id="rte"][contenteditable="true"]',
    subject: 'input[data-test-id="compose-subject"]',
    toInput: 'input#message-to-field, input[data-test-id="compose-header-field-to"]',
    toArea: '[data-test-id="container-to"], [data-test-id="compose-header-top-row"]',
    send: 'button[data-test-id="compose-send-button"]',
    error: '[role="alertdialog"], [data-test-id="compose-error"]',
    notice: '[data-test-id="notifications"], [role="alert"], [role="status"]',
    sentText: /message (has been )?sent/i,
    thread: {
      subject: '[data-test-id="message-group-subject-text"], [data-test-id="message-subject"]',
      message: '[data-test-id="message-view"]',
      sender: '[data-test-id="message-from"]',
      date: '[data-test-id="message-date"]',
      threadId: () => conversationId(),
    },
    threadIds: () => ({ threadId: conversationId(), messageId: null }),
    ownAddresses: (doc) => ns.kit.addressesAt(doc, '[data-test-id="account-email"], #ybarAccountMenuOpener'),
  });
})();
