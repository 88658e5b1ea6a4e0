// The server's /api/v1 as the extension calls it. fetch is a parameter so tests can stand in for it.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

// 400 and 429 answers are RFC 9457 problem details; their detail is written for the user.
export async function problemMessage(response) {
  const fallback = `The Debrief server answered ${response.status}. Try again later or ask your coach.`;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return fallback;
  try {
    const problem = await response.json();
    return problem.detail || problem.title || fallback;
  } catch {
    return fallback;
  }
}

// A call the network never answers (a half-open connection, a proxy that hangs) must not hold the
// outbox forever: it fails after this long and is retried like any network error.
export const CALL_TIMEOUT_MS = 20_000;

export function callApi({ connection, fetch, method, path, body, extraHeaders = {} }) {
  const headers = { accept: 'application/json, application/problem+json', ...extraHeaders };
  if (connection.token) headers.authorization = `Bearer ${connection.token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${connection.origin}/api/v1${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'omit',
    signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
  });
}

// With the ETag of the list already stored, an unchanged list is a 304 without a body: { unchanged: true }.
export async function fetchTemplates({ connection, fetch, etag = null }) {
  const extraHeaders = etag ? { 'if-none-match': etag } : {};
  const response = await callApi({ connection, fetch, method: 'GET', path: '/templates', extraHeaders });
  if (response.status === 304) return { unchanged: true };
  if (!response.ok) throw new ApiError(await problemMessage(response), response.status);
  return { unchanged: false, items: await response.json(), etag: response.headers.get('etag') };
}
