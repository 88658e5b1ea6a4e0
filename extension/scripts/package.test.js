import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync, crc32 } from 'node:zlib';
import { buildPackages } from './package.js';

// Reads a zip back through its central directory, as store upload tools do.
function readZip(buffer) {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const files = new Map();
  for (let i = 0; i < count; i += 1) {
    const [crc, size, nameLength, localOffset] = [16, 24, 28, 42].map((at) => (at === 28 ? buffer.readUInt16LE(offset + at) : buffer.readUInt32LE(offset + at)));
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const dataStart = localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
    const data = inflateRawSync(buffer.subarray(dataStart, dataStart + compressedSize));
    assert.equal(data.length, size, `${name} size`);
    assert.equal(crc32(data), crc, `${name} checksum`);
    files.set(name, data);
    offset += 46 + nameLength + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
  }
  return files;
}

test('the store zips hold the shipped files only, without the unpacked key, within budget', () => {
  const dist = mkdtempSync(join(tmpdir(), 'debrief-dist-'));
  try {
    const [chrome, firefox] = buildPackages(dist);
    const files = readZip(readFileSync(chrome.zip));
    const manifest = JSON.parse(files.get('manifest.json'));
    assert.equal(manifest.key, undefined);
    assert.equal(manifest.background.service_worker, 'src/background/service-worker.js');
    assert.ok(files.has('src/content/insert.js'));
    assert.deepEqual([...files.keys()].filter((name) => name.includes('test')), []);
    assert.equal(files.get('src/lib/state.js').toString(), readFileSync(new URL('../src/lib/state.js', import.meta.url), 'utf8'));
    assert.ok(chrome.unpackedBytes < 150 * 1024);
    const firefoxManifest = JSON.parse(readZip(readFileSync(firefox.zip)).get('manifest.json'));
    assert.deepEqual(firefoxManifest.background.scripts, ['src/background/service-worker.js']);
    assert.equal(firefoxManifest.browser_specific_settings.gecko.id, 'extension@debrief.app');
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
