// The 24-hour clock that starts when the rejection is logged ("ask within 24 hours").

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
export const WINDOW_MS = 24 * HOUR_MS;
export const REMINDER_AFTER_MS = 20 * HOUR_MS;

export function timeLeftMs(rejectionAt, now) {
  return Date.parse(rejectionAt) + WINDOW_MS - now;
}

// Badges hold about four characters, so whole hours, then whole minutes, then "late".
export function badgeText(msLeft) {
  if (msLeft <= 0) return 'late';
  if (msLeft >= HOUR_MS) return `${Math.floor(msLeft / HOUR_MS)}h`;
  return `${Math.max(1, Math.floor(msLeft / MINUTE_MS))}m`;
}

export function describeTimeLeft(msLeft) {
  if (msLeft <= 0) return 'past the 24 hours: still worth sending';
  const hours = Math.floor(msLeft / HOUR_MS);
  const minutes = Math.floor((msLeft % HOUR_MS) / MINUTE_MS);
  return hours > 0 ? `${hours} h ${minutes} min left` : `${Math.max(1, minutes)} min left`;
}

export function reminderAt(rejectionAt) {
  return Date.parse(rejectionAt) + REMINDER_AFTER_MS;
}

// The badge follows the unsent request closest to (or furthest past) its deadline.
export function badgeForUnsent(rejectionTimes, now) {
  if (rejectionTimes.length === 0) return { text: '', late: false };
  const msLeft = Math.min(...rejectionTimes.map((rejectionAt) => timeLeftMs(rejectionAt, now)));
  return { text: badgeText(msLeft), late: msLeft <= 0 };
}
