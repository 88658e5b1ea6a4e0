// Runs classic content scripts in a fresh node:vm context with the given globals, the way the
// browser runs them: one shared global object, no modules.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

export function loadContentScripts(files, globals) {
  const context = vm.createContext({ ...globals, crypto: globalThis.crypto });
  context.globalThis = context;
  for (const file of files) {
    const url = new URL(`../../src/content/${file}`, import.meta.url);
    vm.runInContext(readFileSync(url, 'utf8'), context, { filename: url.pathname });
  }
  return context.DebriefContent;
}
