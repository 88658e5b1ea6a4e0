// Delivers a message to the loopback Postfix of .ci/webmail with curl's SMTP support, as an
// employer's mail server would: the test decides the sender, subject and headers.
import { execFile } from 'node:child_process';

export function sendMail({ from, to, subject, headers = {}, body, date = new Date() }) {
  const lines = [
    `From: ${from}`, `To: ${to}`, `Subject: ${subject}`, `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${crypto.randomUUID()}@example.test>`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`), '', body, '',
  ];
  const address = (text) => text.match(/<([^>]+)>/)?.[1] ?? text;
  return new Promise((resolve, reject) => {
    const child = execFile('curl', ['-s', '--fail', '--url', 'smtp://127.0.0.1:25', '--mail-from', address(from), '--mail-rcpt', address(to), '--upload-file', '-'],
      (error) => (error ? reject(error) : resolve()));
    child.stdin.end(lines.join('\r\n'));
  });
}
