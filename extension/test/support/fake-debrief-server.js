// One tiny HTTP server on 127.0.0.1 for the browser tests: serves test/pages, plays the Debrief
// API (/api/v1) and records what a Roundcube-style form "sends" (/sent). GET /me answers the
// practice settings in api.settings, which a test may change; api.templatesDelayMs slows GET
// /templates down, and api.templateCalls counts them.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { encodeOriginForCode } from '../../src/lib/connection-code.js';

const PAGES = new URL('../pages/', import.meta.url);
const SECRET = 'MZXW6YTBOI4DSNZQ';
const TOKEN = 'test-token-1';

export const TEMPLATES = [{
  versionId: 'tv-42',
  templateId: 'tpl-request',
  name: 'Courteous request',
  kind: 'EMAIL',
  subject: 'Thank you, and a quick question',
  segments: [
    { type: 'text', text: 'Dear ' },
    { type: 'fallback', name: 'interviewer_name', fallback: 'the hiring team' },
    { type: 'text', text: ',\n\nThank you for interviewing me for the ' },
    { type: 'variable', name: 'role' },
    { type: 'text', text: ' role at ' },
    { type: 'variable', name: 'company' },
    { type: 'text', text: '. I respect your decision and would value one thing I could improve.\n\nBest regards,\n' },
    { type: 'variable', name: 'my_name' },
  ],
}, {
  versionId: 'tv-77',
  templateId: 'tpl-follow-up',
  name: 'Gentle follow-up',
  kind: 'FOLLOW_UP',
  subject: null,
  segments: [
    { type: 'text', text: 'Dear ' },
    { type: 'fallback', name: 'interviewer_name', fallback: 'the hiring team' },
    { type: 'text', text: ',\n\nI wrote last week to thank you for the ' },
    { type: 'variable', name: 'role' },
    { type: 'text', text: ' interview. If you have a moment, one thing I could improve would help me a lot.\n\nThank you,\n' },
    { type: 'variable', name: 'my_name' },
  ],
}];

// What GET /me and the connect answer carry: the practice's no-reply days, follow-up day and
// follow-up template (the templateId of a FOLLOW_UP template above, or null).
export const SETTINGS = Object.freeze({ noReplyDays: 10, followUpDay: 7, followUpTemplateId: 'tpl-follow-up' });

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function json(response, status, body, type = 'application/json') {
  response.writeHead(status, { 'content-type': type });
  response.end(JSON.stringify(body));
}

export async function startFakeDebriefServer() {
  const api = { requests: new Map(), events: [], rawBodies: [], sentForms: [], settings: { ...SETTINGS }, templatesDelayMs: 0, templateCalls: 0 };
  const profile = () => ({ client: { name: 'Sam Lee' }, coach: { name: 'Ana Coach' }, practice: { name: 'North Careers', timeZone: 'Europe/London' }, settings: api.settings });
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const body = await readBody(request);
    if (url.pathname.startsWith('/api/')) api.rawBodies.push(body);
    const authorized = request.headers.authorization === `Bearer ${TOKEN}`;
    const requestPath = url.pathname.match(/^\/api\/v1\/requests\/([0-9a-f-]{36})(\/events)?$/);
    if (url.pathname.startsWith('/pages/')) {
      try {
        const file = await readFile(new URL(url.pathname.slice('/pages/'.length), PAGES));
        response.writeHead(200, { 'content-type': url.pathname.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' });
        response.end(file);
      } catch {
        response.writeHead(404).end();
      }
    } else if (url.pathname === '/sent' && request.method === 'POST') {
      // Form posts carry CRLF line breaks; the model the page sent had LF.
      api.sentForms.push(Object.fromEntries(new URLSearchParams(body.replaceAll('%0D%0A', '%0A'))));
      response.writeHead(200, { 'content-type': 'text/html' }).end('<div id="messagestack"><div class="confirmation">Message sent successfully.</div></div>');
    } else if (url.pathname === '/api/v1/connections' && request.method === 'POST') {
      const { code } = JSON.parse(body);
      if (!code?.endsWith(`.${SECRET}`)) {
        json(response, 400, { title: 'Invalid connection code', detail: 'This code is not valid. Ask your coach for a new one.', status: 400 }, 'application/problem+json');
      } else {
        json(response, 201, { token: TOKEN, ...profile() });
      }
    } else if (!authorized) {
      json(response, 401, { title: 'Unauthorized', status: 401 }, 'application/problem+json');
    } else if (url.pathname === '/api/v1/me' && request.method === 'GET') {
      json(response, 200, profile());
    } else if (url.pathname === '/api/v1/templates') {
      api.templateCalls += 1;
      if (api.templatesDelayMs) await new Promise((resolve) => setTimeout(resolve, api.templatesDelayMs));
      json(response, 200, TEMPLATES);
    } else if (requestPath && request.method === 'PUT' && !requestPath[2]) {
      api.requests.set(requestPath[1], JSON.parse(body));
      json(response, 200, {});
    } else if (requestPath && request.method === 'POST' && requestPath[2]) {
      if (!api.requests.has(requestPath[1])) json(response, 404, { title: 'Not found', status: 404 }, 'application/problem+json');
      else {
        api.events.push({ requestId: requestPath[1], ...JSON.parse(body) });
        json(response, 201, {});
      }
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    api,
    connectionCode: `DBR1.${encodeOriginForCode(origin)}.${SECRET}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
