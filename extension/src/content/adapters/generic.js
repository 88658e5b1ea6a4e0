// Any other webmail the user granted: a plain textarea, a contenteditable, or a rich editor in a
// same-origin iframe. Roundcube (TinyMCE in iframe#composebody_ifr, or textarea#composebody) is
// looked for first because it is the most common self-hosted webmail.
(() => {
  const ns = globalThis.DebriefContent;
  const { isVisible, emailsIn, firstVisible } = ns.kit;

  const SEND_SELECTOR = 'button.send, a.send, [data-command="send"], button[name="send"], input[type="submit"][value="Send" i]';
  const SEND_WORDS = /^\s*send\s*$/i;
  const MIN_BODY_HEIGHT = 60;

  function iframeEditorBodies(doc) {
    const bodies = [];
    for (const frame of doc.querySelectorAll('iframe#composebody_ifr, iframe.tox-edit-area__iframe, iframe')) {
      let inner = null;
      try {
        inner = frame.contentDocument;
      } catch {
        continue; // cross-origin: not ours to read
      }
      const body = inner?.body;
      if (body && isVisible(frame) && (body.isContentEditable || inner.designMode === 'on')) bodies.push(body);
    }
    return bodies;
  }

  function isLargeEnough(element) {
    return element.getBoundingClientRect().height >= MIN_BODY_HEIGHT;
  }

  function topEditableHosts(doc) {
    return [...doc.querySelectorAll('[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]')]
      .filter((element) => !element.parentElement?.isContentEditable && isVisible(element) && isLargeEnough(element));
  }

  function composeBodies(doc) {
    const roundcubePlain = [...doc.querySelectorAll('textarea#composebody')].filter(isVisible);
    const textareas = [...doc.querySelectorAll('textarea')].filter((area) => isVisible(area) && isLargeEnough(area));
    return [...new Set([...iframeEditorBodies(doc), ...roundcubePlain, ...topEditableHosts(doc), ...textareas])];
  }

  function isSendLike(control) {
    if (!control) return false;
    if (control.matches(SEND_SELECTOR)) return true;
    const words = control.value || control.getAttribute('aria-label') || control.textContent;
    return SEND_WORDS.test(words ?? '');
  }

  function sendControlIn(root) {
    return [...root.querySelectorAll('button, [role="button"], input[type="submit"], a')].find(isSendLike) ?? null;
  }

  function composeRoot(body) {
    let element = body.ownerDocument === document ? body : body.ownerDocument.defaultView.frameElement;
    while (element.parentElement) {
      element = element.parentElement;
      if (sendControlIn(element)) return element;
    }
    return document.body;
  }

  // Roundcube shows one message at a time: in the page (_action=show) or in the preview iframe
  // #messagecontframe (same origin) beside the message list.
  function roundcubeMessageDocument(doc) {
    if (doc.querySelector('#message-header')) return doc;
    try {
      const inner = doc.querySelector('iframe#messagecontframe')?.contentDocument;
      return inner?.querySelector('#message-header') && isVisible(doc.querySelector('iframe#messagecontframe')) ? inner : null;
    } catch {
      return null;
    }
  }

  function roundcubeMessage(doc) {
    const view = roundcubeMessageDocument(doc);
    if (!view) return null;
    const header = view.querySelector('#message-header');
    const heading = header.querySelector('h2.subject');
    // The heading also holds a "Subject:" label for screen readers and an "open in new window" link.
    const subject = heading ? [...heading.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.data).join(' ').replace(/\s+/g, ' ').trim() : null;
    const headers = Object.fromEntries([...header.querySelectorAll('table.header-headers tr')]
      .map((row) => [ns.kit.textOf(row.querySelector('.header-title')), ns.kit.textOf(row.querySelector('td.header'))])
      .filter(([name]) => name));
    const from = header.querySelector('td.header.from .adr, .header-summary .adr');
    const params = new URLSearchParams(view.location.search);
    return {
      threadId: null,
      subject,
      messages: [{
        id: params.get('_uid') ? `${params.get('_mbox') ?? ''}/${params.get('_uid')}` : null,
        sender: from ? emailsIn(from)[0] ?? null : null,
        senderName: ns.kit.textOf(from),
        date: ns.replyRules.parseMailDate(headers.Date ?? ns.kit.textOf(header.querySelector('.header-summary .text-nowrap'))),
        subject,
        headers,
      }],
    };
  }

  ns.adapters.generic = {
    name: 'generic',
    lineBreak: 'paragraph',
    matchesLocation: () => true,
    webmailName: (doc) => (doc.querySelector('#composebody, #composebody_ifr, textarea#_to') ? 'roundcube' : 'other'),
    composeBodies,
    composeRoot,
    subjectField: (root) => firstVisible(root, 'input[name="_subject"], input[name="subject"], input[id*="subject" i], input[aria-label*="subject" i], input[placeholder*="subject" i]'),
    recipientInput: (root) => firstVisible(root, '.recipient-input input, textarea#_to, input[name="_to"], input[name="to"], input[type="email"]'),
    recipients: (root) => [...new Set([...root.querySelectorAll('textarea#_to, .recipient-input, input[name="_to"], input[name="to"]')].flatMap(emailsIn))],
    isSendControl: (target, root) => {
      const control = target.closest?.('button, [role="button"], input[type="submit"], a');
      return isSendLike(control) && root.contains(control);
    },
    sendError: (doc) => firstVisible(doc, '[role="alertdialog"], #messagestack .error, .alert-danger')?.textContent.trim() || null,
    sentNotice: (doc) => [...doc.querySelectorAll('#messagestack .confirmation, [role="status"], [role="alert"]')]
      .some((element) => isVisible(element) && /\bsent\b/i.test(element.innerText)),
    threadIds: () => ({ threadId: new URLSearchParams(location.search).get('_reply_uid'), messageId: null }),
    conversation: roundcubeMessage,
    ownAddresses: (doc) => ns.kit.addressesAt(doc, '.header-title.username, #topline .username, .username'),
  };
})();
