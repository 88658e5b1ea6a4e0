// Builds elements from text only: nothing typed by a user or sent by the server becomes HTML.
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name in element && typeof element[name] !== 'function' && name !== 'list') element[name] = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
  return element;
}

export function showMessage(element, text, kind = 'info') {
  element.textContent = text ?? '';
  element.dataset.kind = kind;
  element.hidden = !text;
}
