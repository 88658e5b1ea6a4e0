// What every webmail adapter needs: visibility, addresses in a recipient field, the compose
// container around a body, and an adapter built from a table of selectors.
(() => {
  const ns = globalThis.DebriefContent;
  const EMAIL = /[A-Z0-9._%+'-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}/gi;
  const ADDRESS_ATTRIBUTES = ['email', 'data-hovercard-id', 'title', 'aria-label', 'data-email', 'value'];

  function isVisible(element) {
    if (!element?.isConnected || element.getClientRects().length === 0) return false;
    return getComputedStyle(element).visibility !== 'hidden';
  }

  // Chips, hidden inputs and typed text all count: webmails keep recipients in any of them.
  function emailsIn(container) {
    const found = new Set();
    const collect = (text) => {
      for (const match of String(text ?? '').match(EMAIL) ?? []) found.add(match.toLowerCase());
    };
    for (const element of [container, ...container.querySelectorAll('*')]) {
      for (const name of ADDRESS_ATTRIBUTES) collect(element.getAttribute(name));
      if ('value' in element && typeof element.value === 'string') collect(element.value);
    }
    collect(container.textContent);
    return [...found];
  }

  // A body inside a same-origin iframe (TinyMCE) is located through the iframe element.
  function outerElementOf(body) {
    return body.ownerDocument === document ? body : body.ownerDocument.defaultView.frameElement;
  }

  // The compose container is the nearest ancestor that also holds the send button.
  function composeRootFrom(body, sendSelector) {
    let element = outerElementOf(body);
    while (element.parentElement) {
      element = element.parentElement;
      if (element.querySelector(sendSelector)) return element;
    }
    return document.body;
  }

  // Selectors are tried in the order written (querySelectorAll would return document order).
  function firstVisible(root, selectorList) {
    for (const selector of selectorList?.split(/,(?![^[]*\])/) ?? []) {
      const found = [...root.querySelectorAll(selector)].find(isVisible);
      if (found) return found;
    }
    return null;
  }

  function textOf(element, attribute) {
    if (!element) return null;
    const value = (attribute && element.getAttribute(attribute)) || element.textContent;
    return value.replace(/\s+/g, ' ').trim() || null;
  }

  // Only what DESIGN.md allows in threads: per message its sender, date and, where shown, its
  // subject line and headers (to tell automatic replies apart); never a message body.
  function readConversation(doc, spec) {
    const thread = spec.thread;
    const messages = [...doc.querySelectorAll(thread.message)].filter(isVisible);
    if (messages.length === 0) return null;
    return {
      threadId: thread.threadId?.(doc) ?? null,
      subject: textOf(firstVisible(doc, thread.subject)),
      messages: messages.map((message) => {
        const sender = message.querySelector(thread.sender);
        return {
          id: (thread.id && message.getAttribute(thread.id)) || null,
          sender: sender ? emailsIn(sender)[0] ?? null : null,
          senderName: textOf(sender),
          date: ns.replyRules.parseMailDate(textOf(message.querySelector(thread.date), 'title')),
          subject: thread.messageSubject ? textOf(message.querySelector(thread.messageSubject)) : null,
          headers: {},
        };
      }),
    };
  }

  function selectorAdapter(spec) {
    return {
      name: spec.name,
      lineBreak: spec.lineBreak ?? 'paragraph',
      matchesLocation: (location) => spec.hosts.includes(location.hostname),
      webmailName: () => spec.name,
      composeBodies: (doc) => [...doc.querySelectorAll(spec.body)].filter(isVisible),
      composeRoot: (body) => composeRootFrom(body, spec.send),
      subjectField: (root) => firstVisible(root, spec.subject),
      recipientInput: (root) => firstVisible(root, spec.toInput),
      recipients: (root) => [...new Set([...root.querySelectorAll(spec.toArea)].flatMap(emailsIn))],
      isSendControl: (target, root) => {
        const control = target.closest?.(spec.send);
        return Boolean(control && root.contains(control));
      },
      sendError: (doc) => firstVisible(doc, spec.error)?.textContent.trim() || null,
      sentNotice: (doc) => [...doc.querySelectorAll(spec.notice)].some((el) => isVisible(el) && spec.sentText.test(el.innerText)),
      threadIds: (root, doc) => spec.threadIds?.(root, doc) ?? { threadId: null, messageId: null },
      conversation: (doc) => readConversation(doc, spec),
      ownAddresses: (doc) => spec.ownAddresses?.(doc) ?? [],
    };
  }

  // The addresses shown in the first element matching a selector (an account button, a header).
  function addressesAt(doc, selector) {
    const element = doc.querySelector(selector);
    return element ? emailsIn(element) : [];
  }

  ns.kit = { isVisible, emailsIn, composeRootFrom, firstVisible, selectorAdapter, textOf, addressesAt };
})();
