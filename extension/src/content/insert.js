// Types the draft into the compose body through the editor's own input path, at the caret the
// user left, so the editor's model, undo stack, signature and quoted text all stay intact.
// Fallback order: execCommand('insertText') -> synthetic paste -> beforeinput. No raw DOM writes:
// an editor that never saw the text would send the message without it.
(() => {
  const ns = globalThis.DebriefContent;
  const NO_COMPOSE = 'No open email draft was found on this page. Open a new message or a reply, click where the text should go, and try again, or copy the text and paste it yourself.';
  const REFUSED = 'This editor did not accept the text. Copy it and paste it into your message yourself.';

  const isTextField = (element) => element instanceof element.ownerDocument.defaultView.HTMLTextAreaElement
    || element instanceof element.ownerDocument.defaultView.HTMLInputElement;

  function pickBody(adapter) {
    const bodies = adapter.composeBodies(document);
    const last = ns.caretMemory.lastEditor();
    return bodies.find((body) => body === last) ?? bodies[0] ?? null;
  }

  function placeCaret(body) {
    const doc = body.ownerDocument;
    doc.defaultView.focus();
    body.focus();
    const selection = doc.getSelection();
    const remembered = ns.caretMemory.rangeIn(body);
    const current = selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const range = remembered ?? (current && body.contains(current.startContainer) ? current : null);
    if (range) {
      selection.removeAllRanges();
      selection.addRange(range);
    } else {
      // Nowhere chosen: the top of the body, above any signature and quoted reply.
      selection.collapse(body.firstChild?.nodeType === Node.ELEMENT_NODE ? body.firstChild : body, 0);
    }
  }

  // Only the first command decides: once the editor took some text, a fallback would type it twice.
  function typeWithExecCommand(doc, text, lineBreak) {
    const [first, ...rest] = text.split('\n');
    const accepted = first === '' ? doc.queryCommandEnabled('insertText') : doc.execCommand('insertText', false, first);
    if (!accepted) return false;
    const breakCommand = lineBreak === 'linebreak' ? 'insertLineBreak' : 'insertParagraph';
    for (const line of rest) {
      doc.execCommand(breakCommand);
      if (line !== '') doc.execCommand('insertText', false, line);
    }
    return true;
  }

  function dispatchPaste(target, text) {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    target.dispatchEvent(event);
    return event.defaultPrevented;
  }

  function dispatchBeforeInput(target, text) {
    const event = new InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true, composed: true });
    target.dispatchEvent(event);
    return event.defaultPrevented;
  }

  function insertIntoEditable(body, text, lineBreak) {
    placeCaret(body);
    const doc = body.ownerDocument;
    if (typeWithExecCommand(doc, text, lineBreak)) return 'execCommand';
    const anchor = doc.getSelection().anchorNode;
    const target = (anchor?.nodeType === Node.ELEMENT_NODE ? anchor : anchor?.parentElement) ?? body;
    if (dispatchPaste(target, text)) return 'paste';
    if (dispatchBeforeInput(target, text)) return 'beforeinput';
    return null;
  }

  // A textarea keeps its own selection while unfocused, so its caret needs no memory.
  function insertIntoTextField(field, text) {
    field.focus();
    if (field.ownerDocument.execCommand('insertText', false, text)) return 'execCommand';
    field.setRangeText(text, field.selectionStart, field.selectionEnd, 'end');
    field.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: text, bubbles: true }));
    return 'setRangeText';
  }

  function fillIfEmpty(field, value) {
    if (!field || !value) return false;
    const current = isTextField(field) ? field.value : field.textContent;
    if (current.trim() !== '') return false;
    if (isTextField(field)) insertIntoTextField(field, value);
    else insertIntoEditable(field, value, 'linebreak');
    field.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  }

  function restoreCaretAfterDraft(body, range) {
    body.ownerDocument.defaultView.focus();
    body.focus();
    if (range) {
      const selection = body.ownerDocument.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }
  }

  ns.insertDraft = function insertDraft(adapter, draft) {
    const body = pickBody(adapter);
    if (!body) return { ok: false, reason: 'no-compose', message: NO_COMPOSE };
    performance.mark('debrief-insert-start');
    const method = isTextField(body) ? insertIntoTextField(body, draft.text) : insertIntoEditable(body, draft.text, adapter.lineBreak);
    if (!method) return { ok: false, reason: 'editor-refused', message: REFUSED };
    const selection = body.ownerDocument.getSelection();
    const afterDraft = !isTextField(body) && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
    const root = adapter.composeRoot(body);
    const filledRecipient = adapter.recipients(root).length === 0 && fillIfEmpty(adapter.recipientInput(root), draft.to);
    const filledSubject = fillIfEmpty(adapter.subjectField(root), draft.subject);
    restoreCaretAfterDraft(body, afterDraft);
    ns.sendDetection.watchCompose(adapter, root, body, draft.requestId);
    performance.mark('debrief-insert-end');
    return { ok: true, method, filledSubject, filledRecipient, webmail: adapter.webmailName(document) };
  };
})();
