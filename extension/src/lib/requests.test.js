import { test } from 'node:test';
import assert from 'node:assert/strict';
import { logRejection, recordEvent, listRequests } from './requests.js';
import { flushOutbox } from './queue.js';
import { fakeStorageArea, scriptedFetch } from '../../test/support/fake-chrome.js';

function fakeClock() {
  let id = 0;
  let time = Date.parse('2026-03-02T08:00:00Z');
  return {
    newId: () => `00000000-0000-4000-8000-${String((id += 1)).padStart(12, '0')}`,
    now: () => new Date((time += 60_000)),
  };
}

const connected = () => fakeStorageArea({ connection: { origin: 'https://d.example', token: 't', status: 'connected' } });

test('logging a rejection stores it locally as REJECTION_LOGGED and queues it', async () => {
  const area = connected();
  const clock = fakeClock();
  const request = await logRejection(area, { company: ' Acme ', role: 'QA', rejectionAt: '2026-03-02T07:30:00Z' }, clock);
  const [listed] = await listRequests(area);
  assert.equal(listed.company, 'Acme');
  assert.equal(listed.state, 'REJECTION_LOGGED');
  assert.equal(listed.rejectionAt, '2026-03-02T07:30:00.000Z');
  const fetch = scriptedFetch([{ status: 200 }]);
  await flushOutbox({ area, fetch });
  assert.deepEqual(fetch.calls.map((call) => call.method), ['PUT', 'POST']);
  assert.equal(fetch.calls[0].url, `https://d.example/api/v1/requests/${request.id}`);
  assert.equal(fetch.calls[1].body.type, 'REJECTION_LOGGED');
});

test('an event that changes fields re-sends the request before the event', async () => {
  const area = connected();
  const clock = fakeClock();
  const request = await logRejection(area, { company: 'Acme', rejectionAt: '2026-03-02T07:30:00Z' }, clock);
  await flushOutbox({ area, fetch: scriptedFetch([{ status: 200 }]) });
  await recordEvent(area, request.id, 'DRAFTED', { templateVersionId: 'v-7', webmail: 'gmail' }, clock);
  await recordEvent(area, request.id, 'WITHDRAWN', {}, clock);
  const fetch = scriptedFetch([{ status: 200 }]);
  await flushOutbox({ area, fetch });
  assert.deepEqual(fetch.calls.map((call) => `${call.method} ${call.body.type ?? call.body.templateVersionId}`), ['PUT v-7', 'POST DRAFTED', 'POST WITHDRAWN']);
  assert.equal((await listRequests(area))[0].state, 'WITHDRAWN');
});

test('requests are listed newest rejection first', async () => {
  const area = connected();
  const clock = fakeClock();
  await logRejection(area, { company: 'Old', rejectionAt: '2026-02-01T10:00:00Z' }, clock);
  await logRejection(area, { company: 'New', rejectionAt: '2026-03-01T10:00:00Z' }, clock);
  assert.deepEqual((await listRequests(area)).map((r) => r.company), ['New', 'Old']);
});
