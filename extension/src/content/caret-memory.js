// Remembers where the caret was in each compose body. Opening the popup, or clicking the subject
// field first, moves the page's selection; the draft still belongs where the user left the caret.
// Bodies inside iframes need no help: an iframe document keeps its own selection meanwhile.
(() => {
  const ns = globalThis.DebriefContent;
  const rangeByEditor = new WeakMap();
  let lastEditor = null;

  function editingHostOf(node) {
    let element = node?.nodeType === Node.ELEMENT_NODE ? node : node?.parentElement;
    if (!element?.isContentEditable) return null;
    while (element.parentElement?.isContentEditable) element = element.parentElement;
    return element;
  }

  function rememberSelection(doc) {
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const host = editingHostOf(selection.anchorNode);
    if (!host) return;
    rangeByEditor.set(host, selection.getRangeAt(0).cloneRange());
    lastEditor = host;
  }

  function rememberFocus(event) {
    if (event.target instanceof HTMLTextAreaElement) lastEditor = event.target;
  }

  ns.caretMemory = {
    start(doc) {
      doc.addEventListener('selectionchange', () => rememberSelection(doc));
      doc.addEventListener('focusin', rememberFocus);
    },
    lastEditor: () => (lastEditor?.isConnected ? lastEditor : null),
    rangeIn(editor) {
      const range = rangeByEditor.get(editor);
      return range && editor.contains(range.startContainer) && editor.contains(range.endContainer) ? range : null;
    },
  };
})();
