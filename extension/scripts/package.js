// Builds the store packages into dist/: an unpacked directory and a zip per browser.
// The Chrome Web Store assigns its own key, so "key" (which pins the unpacked id) is left out.
import { readFileSync, writeFileSync, mkdirSync, rmSync, readdirSync, statSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zip } from './zip.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SIZE_LIMIT_BYTES = 150 * 1024;

function filesUnder(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function shippedFiles() {
  return [...filesUnder(join(ROOT, 'icons')), ...filesUnder(join(ROOT, 'src'))]
    .filter((path) => !path.endsWith('.test.js'))
    .map((path) => relative(ROOT, path).split('\\').join('/'));
}

function manifestFor(browser) {
  const { key, ...manifest } = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  if (browser === 'firefox') {
    manifest.background = { scripts: [manifest.background.service_worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: 'extension@debrief.app',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['personallyIdentifyingInfo', 'personalCommunications'] },
      },
    };
  }
  return manifest;
}

function build(browser, version, dist) {
  const dir = join(dist, browser);
  rmSync(dir, { recursive: true, force: true });
  const entries = [{ name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifestFor(browser), null, 2)}\n`) }];
  for (const name of shippedFiles()) entries.push({ name, data: readFileSync(join(ROOT, name)) });
  let unpackedBytes = 0;
  for (const { name, data } of entries) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
    unpackedBytes += data.length;
  }
  if (unpackedBytes > SIZE_LIMIT_BYTES) throw new Error(`${browser}: ${unpackedBytes} bytes unpacked, over the ${SIZE_LIMIT_BYTES} budget`);
  const zipPath = join(dist, `debrief-${browser}-${version}.zip`);
  writeFileSync(zipPath, zip(entries));
  return { browser, files: entries.length, unpackedBytes, zip: zipPath };
}

export function buildPackages(dist = join(ROOT, 'dist')) {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  return ['chrome', 'firefox'].map((browser) => build(browser, version, dist));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const result of buildPackages()) {
    console.log(`${relative(ROOT, result.zip)}: ${result.files} files, ${(result.unpackedBytes / 1024).toFixed(1)} KB unpacked`);
  }
}
