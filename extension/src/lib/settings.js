// The practice's settings the reply questions run on, from GET /me (and the connect answer):
// noReplyDays, followUpDay and followUpTemplateId (null when the practice chose no follow-up).
import { callApi } from './api.js';
import { KEYS, markDisconnected } from './storage.js';

export function settingsFrom(settings, now = new Date()) {
  if (!settings || !Number.isFinite(settings.noReplyDays)) return null;
  return {
    noReplyDays: settings.noReplyDays,
    followUpDay: Number.isFinite(settings.followUpDay) ? settings.followUpDay : null,
    followUpTemplateId: settings.followUpTemplateId ?? null,
    fetchedAt: now.toISOString(),
  };
}

// Offline or server trouble keeps the settings already stored; only a revoked token matters.
export async function refreshSettings({ area, connection, fetch, now = () => new Date() }) {
  let response;
  try {
    response = await callApi({ connection, fetch, method: 'GET', path: '/me' });
  } catch {
    return null;
  }
  if (response.status === 401) {
    await markDisconnected(area, 'The server no longer accepts this connection (token revoked).');
    return null;
  }
  if (!response.ok) return null;
  const settings = settingsFrom((await response.json()).settings, now());
  if (settings) await area.set({ [KEYS.settings]: settings });
  return settings;
}
