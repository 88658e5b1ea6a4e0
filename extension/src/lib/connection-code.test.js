import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConnectionCode, encodeOriginForCode, ConnectionCodeError } from './connection-code.js';

const origin = 'https://debrief.example.com';
const code = `DBR1.${encodeOriginForCode(origin)}.MZXW6YTBOI4DSNZQ`;

test('a valid code yields the server origin and the secret', () => {
  assert.deepEqual(parseConnectionCode(code), { origin, secret: 'MZXW6YTBOI4DSNZQ', code });
});

test('spaces, line breaks and lower case from copying are forgiven', () => {
  const pasted = `  dbr1.${encodeOriginForCode(origin)}.\nmzxw6ytb oi4dsnzq \n`;
  assert.equal(parseConnectionCode(pasted).secret, 'MZXW6YTBOI4DSNZQ');
});

test('an origin with a port is kept whole; http is accepted only for this computer', () => {
  const local = `DBR1.${encodeOriginForCode('http://127.0.0.1:8080')}.MZXW6YTB`;
  assert.equal(parseConnectionCode(local).origin, 'http://127.0.0.1:8080');
  const plain = `DBR1.${encodeOriginForCode('http://debrief.example.com')}.MZXW6YTB`;
  assert.throws(() => parseConnectionCode(plain), /not an https address/);
});

const malformed = [
  ['', /Paste the connection code/],
  ['hello world', /should start with "DBR1\."/],
  ['DBR2.aGVsbG8.MZXW6YTB', /should start with "DBR1\."/],
  [`DBR1.${encodeOriginForCode(origin)}`, /incomplete/],
  [`DBR1..MZXW6YTB`, /incomplete/],
  ['DBR1.not*base64.MZXW6YTB', /server part of the code is damaged/],
  [`DBR1.${encodeOriginForCode('not a url')}.MZXW6YTB`, /server part of the code is damaged/],
  [`DBR1.${encodeOriginForCode('https://debrief.example.com/path?x=1')}.MZXW6YTB`, /extra parts/],
  [`DBR1.${encodeOriginForCode('https://user:pw@debrief.example.com')}.MZXW6YTB`, /extra parts/],
  [`DBR1.${encodeOriginForCode(origin)}.MZXW6YT1`, /characters that do not belong/],
  [`DBR1.${encodeOriginForCode(origin)}.MZXW6Y`, /too short/],
];

for (const [input, message] of malformed) {
  test(`a malformed code is explained: ${JSON.stringify(input).slice(0, 40)}`, () => {
    assert.throws(() => parseConnectionCode(input), (error) => error instanceof ConnectionCodeError && message.test(error.message));
  });
}
