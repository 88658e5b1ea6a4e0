import { test } from 'node:test';
import assert from 'node:assert/strict';
import { grantedWebmailPatterns, originFromUserInput } from './webmail-origins.js';

const builtIn = ['https://mail.google.com/*', 'https://outlook.office.com/*'];

test('granted webmails are the granted origins other than the built-in ones and the server', () => {
  const granted = ['https://mail.google.com/*', 'https://debrief.example.com/*', 'https://webmail.example.org/*', 'http://127.0.0.1/*'];
  assert.deepEqual(grantedWebmailPatterns(granted, builtIn, 'https://debrief.example.com'), ['https://webmail.example.org/*', 'http://127.0.0.1/*']);
  assert.deepEqual(grantedWebmailPatterns(granted, builtIn, null), ['https://debrief.example.com/*', 'https://webmail.example.org/*', 'http://127.0.0.1/*']);
});

test('a blanket grant is never treated as one webmail', () => {
  assert.deepEqual(grantedWebmailPatterns(['https://*/*', '*://*/*'], builtIn, null), []);
});

test('what the user types becomes an origin', () => {
  assert.equal(originFromUserInput('webmail.example.org'), 'https://webmail.example.org');
  assert.equal(originFromUserInput(' https://webmail.example.org/roundcube/?_task=mail '), 'https://webmail.example.org');
  assert.equal(originFromUserInput('http://192.168.1.10:8080/'), 'http://192.168.1.10:8080');
  assert.throws(() => originFromUserInput(''), /Type the address/);
  assert.throws(() => originFromUserInput('ftp://files.example.org'), /Only http and https/);
  assert.throws(() => originFromUserInput('https://exa mple'), /not a web address/);
});
