// Which granted host permissions are webmails. The Debrief server's origin is granted the same
// way (optional host permission), so it is told apart by the stored connection.

export function grantedWebmailPatterns(grantedOrigins, builtInPatterns, serverOrigin) {
  const excluded = new Set(builtInPatterns);
  if (serverOrigin) excluded.add(`${serverOrigin}/*`);
  return grantedOrigins.filter((pattern) => !excluded.has(pattern) && !/:\/\/\*\//.test(pattern));
}

// Turns what the user typed in the options page ("webmail.example.org", a pasted URL) into an origin.
export function originFromUserInput(input) {
  const text = String(input ?? '').trim();
  if (text === '') throw new Error('Type the address of your webmail, for example https://webmail.example.org');
  let url;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    throw new Error(`"${text}" is not a web address.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('Only http and https webmails can be added.');
  return url.origin;
}
