// Joins the segments the server parsed from a template (the grammar lives only in the Java parser,
// so both sides can never disagree on it). Output is plain text with \n line breaks, never HTML.

export const KNOWN_NAMES = Object.freeze([
  'interviewer_name', 'company', 'role', 'interview_date', 'my_name', 'personal_note',
]);

// Visible in the draft on purpose: an unfilled blank must be noticed before sending, not mailed.
// The same marker as the server's TemplateRenderer, so previews in the portal and here agree.
export function blankMarker(name) {
  return `{{${name}}}`;
}

function valueOf(values, name) {
  const value = values?.[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function renderOne(segment, values, missing) {
  switch (segment?.type) {
    case 'text':
      return String(segment.text ?? '').replaceAll('\r\n', '\n');
    case 'variable': {
      const value = valueOf(values, segment.name);
      if (value !== null) return value;
      missing.add(segment.name);
      return blankMarker(segment.name);
    }
    case 'fallback':
      return valueOf(values, segment.name) ?? String(segment.fallback ?? '');
    default:
      throw new TypeError(`Unsupported template segment: ${JSON.stringify(segment)}`);
  }
}

export function renderSegments(segments, values) {
  if (!Array.isArray(segments)) throw new TypeError('Template segments must be a list');
  const missing = new Set();
  const text = segments.map((segment) => renderOne(segment, values, missing)).join('');
  return { text, missing: [...missing] };
}

// The blanks a template asks for, in order of first use, so the popup can offer a field for each.
export function blanksOf(segments) {
  const blanks = new Map();
  for (const segment of segments ?? []) {
    if (segment.type !== 'variable' && segment.type !== 'fallback') continue;
    const known = blanks.get(segment.name);
    const optional = segment.type === 'fallback';
    blanks.set(segment.name, { name: segment.name, optional: known ? known.optional && optional : optional });
  }
  return [...blanks.values()];
}
