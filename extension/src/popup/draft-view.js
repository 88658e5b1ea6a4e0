// Drafting one request: pick a template, fill its blanks, preview, insert or copy.
import { renderSegments, blanksOf } from '../lib/segments.js';
import { recordEvent } from '../lib/requests.js';
import { KEYS } from '../lib/storage.js';
import { h, showMessage } from '../ui/dom.js';
import { targetTabId, sendDraftToTab } from './tab-target.js';

const BLANK_LABELS = {
  interviewer_name: "Interviewer's name", company: 'Company', role: 'Role', interview_date: 'Interview date',
  my_name: 'Your name', personal_note: 'A personal line (what you enjoyed, what you learned)',
};

function initialValues(request, connection) {
  return {
    company: request.company, role: request.role ?? '', interviewer_name: request.interviewerName ?? '',
    my_name: connection.client?.name ?? '',
  };
}

function draftForm(request, templates, { area, connection, prefill }) {
  const values = initialValues(request, connection);
  const select = h('select', { id: 'template' }, templates.map((template, index) => h('option', { value: String(index) }, template.name)));
  const blanks = h('div', { id: 'blanks' });
  const subject = h('input', { id: 'subject', maxLength: 200 });
  const to = h('input', { id: 'recipient', type: 'email', placeholder: 'name@company.com', value: prefill?.to ?? '' });
  const preview = h('div', { className: 'preview', id: 'preview', 'aria-live': 'polite' });
  const missing = h('p', { className: 'message', id: 'missing', hidden: true });
  const result = h('p', { className: 'message', id: 'draft-result', role: 'alert', hidden: true });
  const copyButton = h('button', { type: 'button', className: 'secondary', id: 'copy' }, 'Copy to clipboard');
  const template = () => templates[Number(select.value)];
  const rendered = () => renderSegments(template().segments, values);

  function update() {
    const { text, missing: names } = rendered();
    preview.textContent = text;
    showMessage(missing, names.length ? `Still blank: ${names.map((name) => BLANK_LABELS[name] ?? name).join(', ')}. The draft shows {{…}} where each goes.` : '', 'warning');
  }

  function showBlanks() {
    subject.value = prefill?.subject ?? template().subject ?? (request.role ? `Thank you for the ${request.role} interview` : 'Thank you for the interview');
    blanks.replaceChildren(...blanksOf(template().segments).flatMap(({ name, optional }) => {
      const input = h('input', { id: `blank-${name}`, value: values[name] ?? '', onInput: (event) => { values[name] = event.target.value; update(); } });
      return [h('label', { htmlFor: input.id }, `${BLANK_LABELS[name] ?? name}${optional ? ' (optional)' : ''}`), input];
    }));
    update();
  }

  async function insert() {
    const draft = { requestId: request.id, text: rendered().text, subject: subject.value.trim(), to: to.value.trim() };
    const outcome = await sendDraftToTab(await targetTabId(), draft);
    if (!outcome.ok) {
      showMessage(result, outcome.message, 'error');
      copyButton.focus();
      return;
    }
    await recordEvent(area, request.id, 'DRAFTED', { templateVersionId: template().versionId ?? null, webmail: outcome.webmail });
    showMessage(result, 'Inserted. Read it through, then send it from your webmail: Debrief notices the send.');
  }

  async function copy() {
    await navigator.clipboard.writeText(rendered().text);
    await recordEvent(area, request.id, 'DRAFTED', { templateVersionId: template().versionId ?? null });
    showMessage(result, 'Copied. Paste it into your message, and press "I sent it" once it is sent.');
  }

  select.addEventListener('change', showBlanks);
  copyButton.addEventListener('click', copy);
  showBlanks();
  return [
    h('label', { htmlFor: 'template' }, 'Template'), select, blanks,
    h('label', { htmlFor: 'subject' }, 'Subject (used only if the email has none)'), subject,
    h('label', { htmlFor: 'recipient' }, 'To (used only if the email has no recipient)'), to,
    h('h2', {}, 'Preview'), preview, missing,
    h('button', { type: 'button', id: 'insert', onClick: insert }, 'Insert into email'), ' ', copyButton, result,
  ];
}

export async function openDraft(section, request, context) {
  const { [KEYS.templates]: templates } = await context.area.get(KEYS.templates);
  // Rebuild only for another request or new templates, so typed blanks survive storage updates.
  const key = `${request.id}|${(templates?.items ?? []).map((template) => template.versionId).join(',')}`;
  if (section.dataset.key === key) return;
  section.dataset.key = key;
  const usable = (templates?.items ?? []).filter((template) => template.kind === 'EMAIL' || template.kind === 'FOLLOW_UP');
  // A follow-up starts on the follow-up templates; the practice's own comes first among them.
  const { followUpTemplateId } = context.prefill ?? {};
  if (context.prefill) {
    const rank = (template) => (template.templateId === followUpTemplateId || template.versionId === followUpTemplateId ? 2 : Number(template.kind === 'FOLLOW_UP'));
    usable.sort((a, b) => rank(b) - rank(a));
  }
  section.replaceChildren(
    h('h2', {}, request.parentRequestId ? `Follow up with ${request.company}` : `Ask ${request.company} for feedback`),
    ...(usable.length === 0
      ? [h('p', { className: 'notice' }, 'No email templates yet: ask your coach to assign you a template library.')]
      : draftForm(request, usable, context)),
  );
}
