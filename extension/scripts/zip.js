// A minimal ZIP writer (deflate, no zip64), enough for store uploads of a small extension and
// free of any tool the machine may lack.
import { deflateRawSync, crc32 } from 'node:zlib';

const DOS_EPOCH_DATE = (1 << 5) | 1; // 1980-01-01: fixed, so builds of the same files are identical

function header(signature, fields) {
  const buffer = Buffer.alloc(fields.reduce((size, [, bytes]) => size + bytes, 4));
  buffer.writeUInt32LE(signature, 0);
  let offset = 4;
  for (const [value, bytes] of fields) {
    if (bytes === 2) buffer.writeUInt16LE(value, offset);
    else buffer.writeUInt32LE(value, offset);
    offset += bytes;
  }
  return buffer;
}

// entries: [{ name: 'src/a.js', data: Buffer }] in the order they should appear.
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const compressed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const common = [[8, 2], [0, 2], [DOS_EPOCH_DATE, 2], [crc, 4], [compressed.length, 4], [data.length, 4], [nameBytes.length, 2], [0, 2]];
    // version needed 2.0; general flag bit 11 = names are UTF-8
    const local = header(0x04034b50, [[20, 2], [0x0800, 2], ...common]);
    locals.push(local, nameBytes, compressed);
    centrals.push(header(0x02014b50, [[20, 2], [20, 2], [0x0800, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]), nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const central = Buffer.concat(centrals);
  const end = header(0x06054b50, [[0, 2], [0, 2], [entries.length, 2], [entries.length, 2], [central.length, 4], [offset, 4], [0, 2]]);
  return Buffer.concat([...locals, central, end]);
}
