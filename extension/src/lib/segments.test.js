import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderSegments, blanksOf, blankMarker, KNOWN_NAMES } from './segments.js';

const template = [
  { type: 'text', text: 'Dear ' },
  { type: 'fallback', name: 'interviewer_name', fallback: 'the hiring team' },
  { type: 'text', text: ',\r\n\r\nThank you for considering me for the ' },
  { type: 'variable', name: 'role' },
  { type: 'text', text: ' role at ' },
  { type: 'variable', name: 'company' },
  { type: 'text', text: '.\n\nBest regards,\n' },
  { type: 'variable', name: 'my_name' },
];

test('filled values are joined into plain text with \\n line breaks', () => {
  const { text, missing } = renderSegments(template, {
    interviewer_name: 'Ms Okafor', role: 'Data Analyst', company: 'Acme', my_name: 'Sam Lee',
  });
  assert.equal(text, 'Dear Ms Okafor,\n\nThank you for considering me for the Data Analyst role at Acme.\n\nBest regards,\nSam Lee');
  assert.deepEqual(missing, []);
});

test('a blank or missing value with a fallback uses the fallback', () => {
  const values = { interviewer_name: '   ', role: 'QA', company: 'Acme', my_name: 'Sam' };
  assert.match(renderSegments(template, values).text, /^Dear the hiring team,/);
  delete values.interviewer_name;
  assert.match(renderSegments(template, values).text, /^Dear the hiring team,/);
});

test('a missing value without fallback stays as a visible blank and is reported once', () => {
  const segments = [...template, { type: 'text', text: ' / ' }, { type: 'variable', name: 'company' }];
  const { text, missing } = renderSegments(segments, { role: 'QA', my_name: 'Sam' });
  assert.deepEqual(missing, ['company']);
  assert.equal(text.split(blankMarker('company')).length - 1, 2);
  assert.match(text, /at \{\{company\}\}\./);
});

test('values are inserted as typed, never interpreted as markup', () => {
  const { text } = renderSegments([{ type: 'variable', name: 'company' }], { company: '<b>Acme</b> & Co' });
  assert.equal(text, '<b>Acme</b> & Co');
});

test('an unknown segment type is refused rather than silently dropped', () => {
  assert.throws(() => renderSegments([{ type: 'html', html: '<p>' }], {}), /Unsupported template segment/);
  assert.throws(() => renderSegments(null, {}), /must be a list/);
});

test('blanks are listed once, optional only when every use has a fallback', () => {
  assert.deepEqual(blanksOf(template), [
    { name: 'interviewer_name', optional: true },
    { name: 'role', optional: false },
    { name: 'company', optional: false },
    { name: 'my_name', optional: false },
  ]);
  const mixed = [{ type: 'fallback', name: 'company', fallback: 'your team' }, { type: 'variable', name: 'company' }];
  assert.deepEqual(blanksOf(mixed), [{ name: 'company', optional: false }]);
});

test('the known names match the template language', () => {
  assert.deepEqual(KNOWN_NAMES, ['interviewer_name', 'company', 'role', 'interview_date', 'my_name', 'personal_note']);
});
