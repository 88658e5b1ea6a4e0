// Launches Debian's Chromium with the extension loaded. Browser tests never skip: without
// Chromium they fail and say how to get it.
import { existsSync, mkdtempSync, cpSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EXTENSION_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGES = new URL('../pages/', import.meta.url);

// The tests' webmail and fake server live on http://127.0.0.1. Granting that origin at run time
// would need a click on the browser's permission prompt, which a headless browser cannot show, so
// the test copy of the extension lists it as a host permission, exactly as an accepted prompt
// would leave it. Everything else is the shipped extension, unchanged.
function testCopyOfExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-extension-'));
  cpSync(join(EXTENSION_ROOT, 'manifest.json'), join(dir, 'manifest.json'));
  cpSync(join(EXTENSION_ROOT, 'src'), join(dir, 'src'), { recursive: true, filter: (path) => !path.endsWith('.test.js') });
  cpSync(join(EXTENSION_ROOT, 'icons'), join(dir, 'icons'), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions.push('http://127.0.0.1/*');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

// The built-in webmails are served from their real https hosts through Playwright's routing, so
// the manifest's own content_scripts matching is what gets tested. An address with ?case= opens
// the conversation view (test/pages/*-thread.html), any other the compose page.
async function routeWebmailHosts(context) {
  const pages = { 'mail.google.com': 'gmail', 'outlook.office.com': 'outlook', 'mail.yahoo.com': 'yahoo' };
  await context.route(/^https:\/\/(mail\.google\.com|outlook\.office\.com|mail\.yahoo\.com)\//, async (route) => {
    const url = new URL(route.request().url());
    const script = url.pathname.match(/\/(mail-model|thread-cases)\.js$/)?.[0].slice(1);
    const file = script ?? `${pages[url.hostname]}${url.searchParams.has('case') ? '-thread' : ''}.html`;
    const isScript = file.endsWith('.js');
    await route.fulfill({
      status: 200,
      contentType: isScript ? 'text/javascript' : 'text/html; charset=utf-8',
      // Gmail enforces Trusted Types: any innerHTML-style write by a script would throw here.
      headers: url.hostname === 'mail.google.com' && !isScript ? { 'content-security-policy': "require-trusted-types-for 'script'" } : {},
      body: readFileSync(new URL(file, PAGES)),
    });
  });
}

export async function launchBrowserWithExtension() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}. Install it with "apt-get install -y chromium" (CI does), or set CHROMIUM_PATH. Browser tests do not skip.`);
  }
  const extensionDir = testCopyOfExtension();
  const profileDir = mkdtempSync(join(tmpdir(), 'debrief-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: false,
    args: [
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--headless=new', '--no-sandbox',
      '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });
  await routeWebmailHosts(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(extensionDir, { recursive: true, force: true });
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
