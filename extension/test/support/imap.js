// Reads delivered mail from the loopback Dovecot of .ci/webmail with curl's IMAP support.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function imap(path, user, password, command) {
  const args = ['-s', '--fail', `imap://127.0.0.1/${path}`, '-u', `${user}:${password}`];
  const { stdout } = await run('curl', command ? [...args, '-X', command] : args);
  return stdout;
}

export async function findUidBySubject(user, password, subject) {
  const answer = await imap('INBOX', user, password, `UID SEARCH SUBJECT "${subject}"`);
  return answer.trim().split(/\s+/).slice(2).pop() ?? null;
}

export async function findMessageBySubject(user, password, subject) {
  const answer = await imap('INBOX', user, password, `UID SEARCH SUBJECT "${subject}"`);
  const uid = answer.trim().split(/\s+/).slice(2).pop();
  return uid ? imap(`INBOX;UID=${uid}`, user, password) : null;
}

function decodeQuotedPrintable(text) {
  return text.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}

// format=flowed (RFC 3676): a line ending in a space continues on the next one; "-- " stays.
function unflow(text) {
  return text.split('\r\n').reduce((joined, line, index, lines) => {
    const previous = lines[index - 1];
    const soft = index > 0 && previous.endsWith(' ') && previous !== '-- ';
    return index === 0 ? line : `${joined}${soft ? '' : '\n'}${line}`;
  }, '');
}

function decodePart(part) {
  const [headers, ...body] = part.split('\r\n\r\n');
  const content = body.join('\r\n\r\n').replace(/\r\n$/, '');
  const decoded = /quoted-printable/i.test(headers) ? decodeQuotedPrintable(content) : content;
  return /format=flowed/i.test(headers) ? unflow(decoded) : decoded.replaceAll('\r\n', '\n');
}

// The text/plain part of a delivered message, decoded to \n-separated lines.
export function plainTextOf(raw) {
  const boundary = raw.split('\r\n\r\n')[0].match(/boundary="?([^";\r\n]+)"?/i)?.[1];
  if (!boundary) return decodePart(raw);
  const parts = raw.split(`--${boundary}`).slice(1, -1).map((part) => part.replace(/^\r\n/, ''));
  const plain = parts.find((part) => /content-type:\s*text\/plain/i.test(part.split('\r\n\r\n')[0]));
  return decodePart(plain);
}
