// Gmail (mail.google.com). Class names such as .Am.Al.editable are Gmail's own and have been stable
// for years; aria labels are the fallback that survives a restyle.
(() => {
  const ns = globalThis.DebriefContent;
  ns.adapters.gmail = ns.kit.selectorAdapter({
    name: 'gmail',
    hosts: ['mail.google.com'],
    body: 'div.Am.Al.editable[contenteditable="true"], div[contenteditable="true"][role="textbox"][aria-label="Message Body"]',
    subject: 'input[name="subjectbox"]',
    toInput: 'input[aria-label="To recipients"], textarea[name="to"], input[name="to"]',
    toArea: '.GS, .aoD.hl, div[name="to"], [aria-label="To recipients"]',
    send: 'div[role="button"][data-tooltip^="Send"], div[role="button"].T-I.aoO',
    error: '[role="alertdialog"]',
    notice: '[role="alert"], .bAq',
    sentText: /message sent/i,
    thread: {
      subject: 'h2.hP',
      message: 'div.adn[data-message-id]',
      id: 'data-message-id',
      sender: 'span.gD',
      date: 'span.g3',
      threadId: (doc) => doc.querySelector('h2.hP[data-thread-perm-id]')?.getAttribute('data-thread-perm-id') ?? null,
    },
    // Gmail's window title ends in "- address - Gmail"; the account button names it too.
    ownAddresses: (doc) => [...ns.kit.addressesAt(doc, 'a[aria-label^="Google Account"]'),
      ns.replyRules.addressIn(doc.title.match(/ - (\S+@\S+) - Gmail$/)?.[1])].filter(Boolean),
    threadIds: (root, doc) => ({
      threadId: doc.querySelector('h2[data-thread-perm-id]')?.getAttribute('data-thread-perm-id') ?? null,
      messageId: root.querySelector('input[name="draft"]')?.value || null,
    }),
  });
})();
