// The in-page question "Reply from <company> — did they give feedback?". It lives in a shadow
// root so the webmail's CSS cannot restyle or hide it, is built from text nodes only (never HTML),
// and takes only trusted clicks and keys, so the page's own scripts cannot answer for the user.
(() => {
  const ns = globalThis.DebriefContent;
  // A tag of its own, not a div: page rules aimed at divs, or at body's children, never match it.
  const HOST_TAG = 'debrief-reply-prompt';
  const THANKS_MS = 4000;

  const STYLE = `
    :host { all: initial; }
    .box { position: fixed; right: 24px; bottom: 24px; z-index: 2147483647; box-sizing: border-box; max-width: 380px;
      padding: 14px 16px; border-radius: 8px; border-left: 6px solid #1f6f6b; background: #fff; color: #1b1b1b;
      box-shadow: 0 4px 18px rgba(0, 0, 0, .25); font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
    .brand { margin: 0 0 4px; font-size: 12px; font-weight: 600; color: #1f6f6b; letter-spacing: .02em; }
    .question { margin: 0 24px 10px 0; font-weight: 600; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; }
    button { font: inherit; padding: 6px 12px; border-radius: 4px; border: 1px solid #1f6f6b; background: #fff; color: #1f6f6b; cursor: pointer; }
    button.primary { background: #1f6f6b; color: #fff; }
    button:focus-visible { outline: 3px solid #8a5300; outline-offset: 2px; }
    .later { position: absolute; top: 6px; right: 6px; padding: 2px 8px; border: 0; font-size: 18px; line-height: 1; color: #555; }
  `;

  function element(tag, { onclick, ...props }, ...children) {
    const node = document.createElement(tag);
    Object.assign(node, props);
    if (onclick) node.addEventListener('click', onclick);
    node.append(...children);
    return node;
  }

  let current = null;

  function close() {
    current?.host.remove();
    current = null;
  }

  // onAnswer(type) with type FEEDBACK, DECLINED or NOT_A_REPLY; closing asks again another time.
  function show({ company, onAnswer }) {
    close();
    const host = document.createElement(HOST_TAG);
    // Inline !important beats any stylesheet of the page that would hide or shrink the host.
    host.style.cssText = 'display: block !important; visibility: visible !important; opacity: 1 !important; position: static !important;';
    const root = host.attachShadow({ mode: 'open' });
    const question = element('p', { className: 'question', id: 'question', textContent: `Reply from ${company} — did they give feedback?` });
    const answer = (type) => (event) => {
      if (!event.isTrusted) return;
      for (const button of root.querySelectorAll('button')) button.disabled = true;
      onAnswer(type);
      question.textContent = type === 'NOT_A_REPLY' ? 'Noted: Debrief will not ask about this message again.' : `Saved. Thank you — your coach will see it.`;
      actions.remove();
      setTimeout(close, THANKS_MS);
    };
    const button = (label, type, className = '') => element('button', { type: 'button', className, textContent: label, onclick: answer(type) });
    const actions = element('div', { className: 'actions' },
      button('Feedback', 'FEEDBACK', 'primary'), button('Declined', 'DECLINED'), button('Not a reply', 'NOT_A_REPLY'));
    const later = element('button', { type: 'button', className: 'later', textContent: '×', title: 'Ask me later', onclick: (event) => { if (event.isTrusted) close(); } });
    later.setAttribute('aria-label', 'Ask me later');
    const box = element('div', { className: 'box' }, element('p', { className: 'brand', textContent: 'Debrief' }), question, actions, later);
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-labelledby', 'question');
    // Announced without taking the focus away from the message the user is reading.
    box.setAttribute('aria-live', 'polite');
    box.addEventListener('keydown', (event) => {
      if (event.isTrusted && event.key === 'Escape') close();
    });
    root.append(element('style', { textContent: STYLE }), box);
    document.documentElement.append(host);
    current = { host };
    return current;
  }

  ns.replyPrompt = { show, close, isShown: () => current !== null };
})();
