// The content scripts for webmails without an adapter of their own, in load order. Used both for
// the persistent registration of granted webmails and for on-demand injection from the popup.
export const GENERIC_CONTENT_SCRIPTS = Object.freeze([
  'src/content/namespace.js',
  'src/content/uuid7.js',
  'src/content/reply-rules.js',
  'src/content/compose-kit.js',
  'src/content/adapters/generic.js',
  'src/content/caret-memory.js',
  'src/content/insert.js',
  'src/content/outbox-writer.js',
  'src/content/send-detection.js',
  'src/content/reply-prompt.js',
  'src/content/reply-watch.js',
  'src/content/main.js',
]);
