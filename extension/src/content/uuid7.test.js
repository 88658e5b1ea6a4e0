import test from 'node:test';
import assert from 'node:assert/strict';
import { newId } from '../lib/ids.js';

const UUID7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('ids are UUIDv7: the creation time in milliseconds, then random bits', () => {
  const at = Date.UTC(2026, 10, 26, 9, 30, 0, 123);
  const id = globalThis.debriefUuid7(at, new Uint8Array(10).fill(0xff));
  assert.equal(id, `${at.toString(16).padStart(12, '0').replace(/^(.{8})(.{4})$/, '$1-$2')}-7fff-bfff-ffffffffffff`);
  assert.match(globalThis.debriefUuid7(at, new Uint8Array(10)), /-7000-8000-000000000000$/);
  assert.match(newId(), UUID7);
});

test('later ids sort after earlier ones, as the server stores them', () => {
  const ids = [0, 1, 255, 256, 65_536, Date.UTC(2026, 0, 1), Date.UTC(2089, 0, 1)].map((ms) => globalThis.debriefUuid7(ms));
  assert.deepEqual([...ids].sort(), ids);
  for (const id of ids) assert.match(id, UUID7);
});

test('ids made within one millisecond still differ', () => {
  const at = Date.now();
  const ids = new Set(Array.from({ length: 1000 }, () => globalThis.debriefUuid7(at)));
  assert.equal(ids.size, 1000);
});
