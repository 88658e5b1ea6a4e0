// The compose model of the test webmails. Like the real editors it keeps its own idea of the
// body and sends THAT, not the DOM: the model changes only through trusted input events (typing,
// execCommand), paste events and beforeinput events, each handled the way rich editors do.
// Text written straight into the DOM, even followed by a synthetic "input" event, is never sent.
window.TestMail = (() => {
  const sent = (window.__sent = []);

  const BLOCKS = new Set(['DIV', 'P', 'BLOCKQUOTE', 'LI', 'UL', 'OL', 'TABLE', 'TR', 'HR']);

  // Plain text the way webmails convert a rich body: one line per block, <br> as a line break,
  // and the placeholder <br> that ends a non-empty block ignored.
  function toPlainText(root) {
    let text = '';
    const endLine = () => {
      if (text !== '' && !text.endsWith('\n')) text += '\n';
    };
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) text += child.data;
        else if (child.nodeName === 'BR') {
          const placeholder = BLOCKS.has(node.nodeName) && child === node.lastChild && child.previousSibling;
          if (!placeholder) text += '\n';
        } else if (BLOCKS.has(child.nodeName)) {
          endLine();
          walk(child);
          endLine();
        } else walk(child);
      }
    };
    walk(root);
    return text;
  }

  function readBody(editable) {
    return editable instanceof HTMLTextAreaElement ? editable.value : toPlainText(editable);
  }

  // The editor's own insertion, as a paste handler or a beforeinput handler performs it.
  function insertPlainText(editable, text) {
    if (editable instanceof HTMLTextAreaElement) {
      editable.setRangeText(text, editable.selectionStart, editable.selectionEnd, 'end');
      return;
    }
    const selection = editable.ownerDocument.getSelection();
    const range = selection.getRangeAt(0);
    range.deleteContents();
    const fragment = document.createDocumentFragment();
    text.split('\n').forEach((line, index) => {
      if (index > 0) fragment.append(document.createElement('br'));
      fragment.append(document.createTextNode(line));
    });
    const last = fragment.lastChild;
    range.insertNode(fragment);
    range.setStartAfter(last);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function attach({ editable, recipients, subject, sendButton, compose, onSent, errorDialog }) {
    const model = { body: readBody(editable) };
    window.__model = model;
    editable.addEventListener('input', (event) => {
      if (event.isTrusted) model.body = readBody(editable);
    });
    editable.addEventListener('paste', (event) => {
      event.preventDefault();
      insertPlainText(editable, event.clipboardData.getData('text/plain'));
      model.body = readBody(editable);
    });
    editable.addEventListener('beforeinput', (event) => {
      if (event.isTrusted || event.inputType !== 'insertText') return;
      event.preventDefault();
      insertPlainText(editable, event.data);
      model.body = readBody(editable);
    });

    function send() {
      const to = recipients();
      if (to.length === 0) {
        errorDialog.hidden = false;
        return;
      }
      const message = { to, subject: subject.value, body: model.body };
      sent.push(message);
      onSent(message);
    }

    sendButton.addEventListener('click', send);
    compose.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        send();
      }
    });
    errorDialog.querySelector('button').addEventListener('click', () => {
      errorDialog.hidden = true;
    });
    return model;
  }

  const addressesIn = (text) => text.match(/[^\s,;<>]+@[^\s,;<>]+/g) ?? [];

  return { attach, addressesIn };
})();
