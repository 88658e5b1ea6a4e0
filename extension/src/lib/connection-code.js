// Parses the code a coach hands over: DBR1.<base64url of the server origin>.<base32 secret>.
// Every failure says what is wrong in words the job seeker can act on.

const PREFIX = 'DBR1';
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const BASE32 = /^[A-Z2-7]+$/;
// The portal's secret carries at least 40 bits; eight base32 characters are exactly 40.
const MIN_SECRET_CHARS = 8;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export class ConnectionCodeError extends Error {}

function fail(message) {
  throw new ConnectionCodeError(message);
}

function decodeBase64Url(text) {
  const padded = text.replaceAll('-', '+').replaceAll('_', '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

function parseOrigin(encoded) {
  if (!BASE64URL.test(encoded)) fail('The server part of the code is damaged. Copy the whole code again from the portal.');
  let decoded;
  let url;
  try {
    decoded = decodeBase64Url(encoded);
    url = new URL(decoded);
  } catch {
    fail('The server part of the code is damaged. Copy the whole code again from the portal.');
  }
  // The portal encodes exactly URL.origin: anything more (path, query, user) was not made by it.
  if (url.origin !== decoded.replace(/\/$/, '') || url.username || url.password) {
    fail('The code names a server address with extra parts. Ask your coach for a new code.');
  }
  const secureEnough = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  if (!secureEnough) fail(`The code points at ${url.origin}, which is not an https address. Ask your coach for a new code.`);
  return url.origin;
}

export function parseConnectionCode(input) {
  const code = String(input ?? '').replace(/\s+/g, '');
  if (code === '') fail('Paste the connection code your coach gave you.');
  const parts = code.split('.');
  if (parts[0].toUpperCase() !== PREFIX) fail('This is not a Debrief connection code: it should start with "DBR1.".');
  if (parts.length !== 3 || parts.some((part) => part === '')) {
    fail('The code is incomplete: it should have three parts separated by dots. Copy the whole code again.');
  }
  const origin = parseOrigin(parts[1]);
  const secret = parts[2].toUpperCase();
  if (!BASE32.test(secret)) fail('The secret part of the code contains characters that do not belong there. Copy the code again.');
  if (secret.length < MIN_SECRET_CHARS) fail('The secret part of the code is too short. Copy the whole code again.');
  return { origin, secret, code: `${PREFIX}.${parts[1]}.${secret}` };
}

export function encodeOriginForCode(origin) {
  return btoa(origin).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}
