// insert.js in a real page, with editors that refuse one input path after another, to pin down
// the fallback order: execCommand -> synthetic paste -> beforeinput -> "copy it yourself".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { CHROMIUM } from '../support/browser.js';

const CONTENT_SCRIPTS = ['namespace.js', 'compose-kit.js', 'adapters/generic.js', 'caret-memory.js', 'insert.js', 'send-detection.js'];
let browserInstance;
let page;

before(async () => {
  assert.ok(existsSync(CHROMIUM), `Chromium is missing at ${CHROMIUM}: install it with "apt-get install -y chromium". Browser tests do not skip.`);
  browserInstance = await chromium.launch({ executablePath: CHROMIUM, headless: false, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  page = await browserInstance.newPage();
});

after(() => browserInstance?.close());

// refuse: which input paths the page's editor turns down.
async function editorPage({ refuse = [], textarea = false }) {
  const editor = textarea
    ? '<textarea id="editor" rows="10">Signature</textarea>'
    : '<div id="editor" contenteditable="true" style="min-height:100px"><div>Signature</div></div>';
  await page.setContent(`<form>${editor}<button type="button">Send</button></form>`);
  for (const file of CONTENT_SCRIPTS) await page.addScriptTag({ path: new URL(`../../src/content/${file}`, import.meta.url).pathname });
  await page.evaluate((refused) => {
    window.paths = [];
    window.received = [];
    performance.clearMarks();
    const editor = document.getElementById('editor');
    if (refused.includes('execCommand')) document.execCommand = () => false;
    editor.addEventListener('paste', (event) => {
      window.paths.push('paste');
      if (refused.includes('paste')) return;
      event.preventDefault();
      window.received.push(event.clipboardData.getData('text/plain'));
      editor.prepend(event.clipboardData.getData('text/plain'));
    });
    editor.addEventListener('beforeinput', (event) => {
      window.paths.push('beforeinput');
      if (refused.includes('beforeinput')) return;
      event.preventDefault();
      window.received.push(event.data);
      editor.prepend(event.data);
    });
    DebriefContent.caretMemory.start(document);
  }, refuse);
}

const insert = (text) => page.evaluate((draft) => DebriefContent.insertDraft(DebriefContent.adapters.generic, draft), { text, requestId: null });
const editorText = () => page.evaluate(() => {
  const editor = document.getElementById('editor');
  return editor.value ?? editor.innerText;
});

test('an editor that takes execCommand gets the text through it, and nothing else is tried', async () => {
  await editorPage({});
  const result = await insert('Hello');
  assert.equal(result.method, 'execCommand');
  assert.deepEqual(await page.evaluate(() => window.paths), []);
  assert.equal((await editorText()).split('Hello').length - 1, 1);
});

test('when execCommand is refused, a synthetic paste carries the text as plain text', async () => {
  await editorPage({ refuse: ['execCommand'] });
  const result = await insert('Dear <b>team</b>,\nthanks');
  assert.equal(result.method, 'paste');
  assert.deepEqual(await page.evaluate(() => window.paths), ['paste']);
  assert.deepEqual(await page.evaluate(() => window.received), ['Dear <b>team</b>,\nthanks']);
});

test('when paste is ignored too, a beforeinput insertText is offered', async () => {
  await editorPage({ refuse: ['execCommand', 'paste'] });
  const result = await insert('Hello');
  assert.equal(result.method, 'beforeinput');
  assert.deepEqual(await page.evaluate(() => window.paths), ['paste', 'beforeinput']);
  assert.deepEqual(await page.evaluate(() => window.received), ['Hello']);
});

test('an editor that refuses every path is left untouched and the user is told to copy', async () => {
  await editorPage({ refuse: ['execCommand', 'paste', 'beforeinput'] });
  const result = await insert('Hello');
  assert.equal(result.ok, false);
  assert.equal(result.reason, 'editor-refused');
  assert.match(result.message, /Copy it and paste it/);
  assert.equal((await editorText()).trim(), 'Signature');
});

test('a textarea without execCommand gets the text at its caret through setRangeText and an input event', async () => {
  await editorPage({ refuse: ['execCommand'], textarea: true });
  await page.evaluate(() => {
    const area = document.getElementById('editor');
    area.addEventListener('input', (event) => window.paths.push(`input:${event.inputType}`));
    area.setSelectionRange(0, 0);
  });
  const result = await insert('Hi\nthere\n');
  assert.equal(result.method, 'setRangeText');
  assert.equal(await editorText(), 'Hi\nthere\nSignature');
  assert.deepEqual(await page.evaluate(() => window.paths), ['input:insertText']);
});

test('insertion is timed with performance marks', async () => {
  await editorPage({});
  await insert('Hello');
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((mark) => mark.name));
  assert.deepEqual(marks.filter((name) => name.startsWith('debrief-')), ['debrief-insert-start', 'debrief-insert-end']);
});
