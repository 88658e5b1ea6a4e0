// Manifest-declared content scripts are classic scripts and cannot import one another, so the
// files share this one namespace object. It survives a second injection of the same files
// (the popup injects them on demand into pages without a grant), which main.js relies on to
// start only once.
globalThis.DebriefContent ??= { adapters: {}, started: false };
