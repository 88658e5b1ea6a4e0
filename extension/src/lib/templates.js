// The client's templates, kept in storage so the popup drafts offline; refreshed whenever the popup
// opens, revalidated with the stored ETag so an unchanged list costs the server no body.
import { fetchTemplates, ApiError } from './api.js';
import { KEYS, markDisconnected } from './storage.js';

export async function refreshTemplates({ area, connection, fetch, now = () => new Date() }) {
  const { [KEYS.templates]: stored = null } = await area.get(KEYS.templates);
  // an etag is only worth sending with the list it belongs to
  const etag = stored?.etag && Array.isArray(stored.items) ? stored.etag : null;
  try {
    const answer = await fetchTemplates({ connection, fetch, etag });
    if (answer.unchanged) return stored.items;
    await area.set({ [KEYS.templates]: { fetchedAt: now().toISOString(), items: answer.items, etag: answer.etag } });
    return answer.items;
  } catch (error) {
    // Offline or server trouble: the stored templates still render, so only a revoked token matters.
    if (error instanceof ApiError && error.status === 401) {
      await markDisconnected(area, 'The server no longer accepts this connection (token revoked).');
    }
    return stored?.items ?? [];
  }
}
