// Yahoo Mail (mail.yahoo.com): stable data-test-id attributes on every compose control.
(() => {
  const ns = globalThis.DebriefContent;
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
    thread: { message: '[data-test-id="message-view"]', sender: '[data-test-id="message-from"]', date: '[data-test-id="message-date"]' },
    threadIds: () => ({ threadId: location.pathname.match(/\/messages\/([^/?]+)/)?.[1] ?? null, messageId: null }),
  });
})();
