// Ids for requests and events: UUIDv7 (RFC 9562), the time of creation in milliseconds followed
// by 74 random bits. The server's tables are ordered by id, so time-ordered ids add each new row
// at the end of the table instead of in a random page of it, which keeps a large table's inserts
// in memory. Random bits from crypto.getRandomValues keep ids unguessable, as randomUUID did.
// Read both as a classic content script and, for its side effect, as an import of the extension's
// modules, so it only defines globalThis.debriefUuid7.
globalThis.debriefUuid7 ??= (now = Date.now(), random = crypto.getRandomValues(new Uint8Array(10))) => {
  const bytes = new Uint8Array(16);
  let ms = now;
  for (let i = 5; i >= 0; i -= 1) { // 48-bit big-endian milliseconds since 1970
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes.set(random, 6);
  bytes[6] = 0x70 | (bytes[6] & 0x0f); // version 7
  bytes[8] = 0x80 | (bytes[8] & 0x3f); // variant 10
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
