import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currentState, isAwaitingSend, isOpen } from './state.js';

let nextId = 0;
const at = (hours) => new Date(Date.UTC(2026, 0, 5, 9) + hours * 3_600_000).toISOString();
const event = (type, hours, source = 'EXTENSION') => ({ id: `e${(nextId += 1)}`, type, occurredAt: at(hours), source });

// A seeded generator keeps failures reproducible.
function shuffled(list, seed) {
  const copy = [...list];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function assertStateInEveryOrder(events, expected) {
  for (let seed = 1; seed <= 60; seed += 1) {
    assert.equal(currentState(shuffled(events, seed)), expected, `order with seed ${seed}`);
  }
}

const logged = event('REJECTION_LOGGED', 0);
const drafted = event('DRAFTED', 1);
const sent = event('SENT', 2);

test('a request without events has no state', () => {
  assert.equal(currentState([]), null);
});

test('without an outcome the furthest lifecycle step wins', () => {
  assertStateInEveryOrder([logged], 'REJECTION_LOGGED');
  assertStateInEveryOrder([logged, drafted], 'DRAFTED');
  assertStateInEveryOrder([sent, logged, drafted], 'SENT');
  // An older "sent" reported late by another device still counts as the furthest step.
  assertStateInEveryOrder([logged, event('DRAFTED', 5), event('SENT', 1)], 'SENT');
});

test('a reply recorded after the no-reply timeout replaces it', () => {
  const timeout = event('NO_REPLY', 200, 'SYSTEM');
  assertStateInEveryOrder([logged, drafted, sent, timeout, event('REPLIED_FEEDBACK', 220, 'PORTAL')], 'REPLIED_FEEDBACK');
  assertStateInEveryOrder([logged, sent, timeout, event('REPLIED_DECLINED', 230, 'DETECTED')], 'REPLIED_DECLINED');
});

test('a detected reply beats the timeout even when the timeout is later', () => {
  assertStateInEveryOrder([sent, event('REPLIED_FEEDBACK', 50, 'DETECTED'), event('NO_REPLY', 300, 'SYSTEM')], 'REPLIED_FEEDBACK');
});

test('manual answers beat detected replies, whatever their times', () => {
  const detected = event('REPLIED_FEEDBACK', 90, 'DETECTED');
  assertStateInEveryOrder([sent, detected, event('REPLIED_DECLINED', 80, 'EXTENSION')], 'REPLIED_DECLINED');
  assertStateInEveryOrder([sent, detected, event('WITHDRAWN', 10, 'PORTAL')], 'WITHDRAWN');
});

test('among manual answers the latest is the correction that counts', () => {
  assertStateInEveryOrder([sent, event('WITHDRAWN', 10), event('REPLIED_FEEDBACK', 40, 'PORTAL')], 'REPLIED_FEEDBACK');
  assertStateInEveryOrder([sent, event('REPLIED_FEEDBACK', 10, 'PORTAL'), event('WITHDRAWN', 40)], 'WITHDRAWN');
});

test('withdrawing a draft beats every lifecycle step', () => {
  assertStateInEveryOrder([logged, drafted, sent, event('WITHDRAWN', 3)], 'WITHDRAWN');
});

test('simultaneous answers resolve the same way in every order', () => {
  const feedback = { id: 'b', type: 'REPLIED_FEEDBACK', occurredAt: at(9), source: 'EXTENSION' };
  const declined = { id: 'a', type: 'REPLIED_DECLINED', occurredAt: at(9), source: 'PORTAL' };
  assertStateInEveryOrder([logged, feedback, declined], 'REPLIED_FEEDBACK');
});

test('only unsent requests are awaiting a send; outcomes close a request', () => {
  assert.equal(isAwaitingSend('DRAFTED'), true);
  assert.equal(isAwaitingSend('SENT'), false);
  assert.equal(isOpen('SENT'), true);
  assert.equal(isOpen('NO_REPLY'), false);
  assert.equal(isOpen(null), false);
});
