// The ids the extension gives requests and events: UUIDv7, made by src/content/uuid7.js, which
// the content scripts load as a classic script.
import '../content/uuid7.js';

export const newId = () => globalThis.debriefUuid7();
