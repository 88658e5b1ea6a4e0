// Small in-memory stand-ins for the chrome.* APIs the helpers receive as parameters.

export function fakeStorageArea(initial = {}) {
  const data = structuredClone(initial);
  return {
    data,
    async get(keys) {
      if (keys === null || keys === undefined) return structuredClone(data);
      const list = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
      const result = {};
      for (const key of list) if (key in data) result[key] = structuredClone(data[key]);
      return result;
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data[key] = structuredClone(value);
    },
    async remove(keys) {
      for (const key of [].concat(keys)) delete data[key];
    },
  };
}

export function fakePermissions({ grant = true } = {}) {
  const requested = [];
  return {
    requested,
    async request(permissions) {
      requested.push(permissions);
      return grant;
    },
  };
}

// A fetch that answers from a list of canned responses and records every call.
export function scriptedFetch(answers) {
  const calls = [];
  const queue = [...answers];
  async function fetch(url, init = {}) {
    calls.push({ url, method: init.method ?? 'GET', headers: init.headers ?? {}, body: init.body ? JSON.parse(init.body) : undefined });
    const next = queue.length > 1 ? queue.shift() : queue[0];
    if (next instanceof Error) throw next;
    const { status = 200, body = null, contentType = 'application/json', headers = {} } = next;
    return new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'content-type': contentType, ...headers } });
  }
  fetch.calls = calls;
  return fetch;
}

// The slice of chrome.* the service worker modules call, recording what they did.
export function fakeChrome(area = fakeStorageArea()) {
  const alarms = new Map();
  const notifications = [];
  const badge = { text: '', color: null };
  return {
    alarms: {
      created: alarms,
      async create(name, info) { alarms.set(name, info); },
      async get(name) { return alarms.get(name); },
      async clear(name) { return alarms.delete(name); },
    },
    action: {
      badge,
      async setBadgeText({ text }) { badge.text = text; },
      async setBadgeBackgroundColor({ color }) { badge.color = color; },
    },
    notifications: {
      shown: notifications,
      async create(id, options) { notifications.push({ id, ...options }); return id; },
    },
    runtime: { getURL: (path) => `chrome-extension://test/${path}` },
    storage: { local: area },
  };
}
