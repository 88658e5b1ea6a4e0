// Open requests with their clock and the answers the job seeker can give about each.
import { recordEvent, awaitsSend } from '../lib/requests.js';
import { isOpen } from '../lib/state.js';
import { timeLeftMs, describeTimeLeft } from '../lib/countdown.js';
import { h } from '../ui/dom.js';

const STATE_LABELS = {
  REJECTION_LOGGED: 'Not drafted yet',
  DRAFTED: 'Drafted, not sent',
  SENT: 'Sent: did they reply?',
  null: 'Follow-up not written yet',
};

function answerButton(area, request, type, label) {
  return h('button', { type: 'button', className: 'secondary', onClick: () => recordEvent(area, request.id, type) }, label);
}

function actionsFor(request, { area, onDraft }) {
  if (awaitsSend(request)) {
    return [
      h('button', { type: 'button', onClick: () => onDraft(request) }, request.parentRequestId ? 'Write follow-up' : 'Write request'),
      answerButton(area, request, 'SENT', 'I sent it'),
      answerButton(area, request, 'WITHDRAWN', 'Drop it'),
    ];
  }
  return [
    answerButton(area, request, 'REPLIED_FEEDBACK', 'They gave feedback'),
    answerButton(area, request, 'REPLIED_DECLINED', 'They declined'),
    answerButton(area, request, 'NO_REPLY', 'No reply'),
    answerButton(area, request, 'WITHDRAWN', 'Drop it'),
  ];
}

function requestItem(request, handlers) {
  const msLeft = timeLeftMs(request.rejectionAt, Date.now());
  const name = request.role ? `${request.company}, ${request.role}` : request.company;
  return h('li', { className: 'request', dataset: { requestId: request.id } },
    h('strong', {}, request.parentRequestId ? `${name} (follow-up)` : name),
    h('div', { className: 'state' }, STATE_LABELS[request.state] ?? request.state),
    awaitsSend(request) && !request.parentRequestId ? h('div', { className: 'when', dataset: { late: String(msLeft <= 0) } }, describeTimeLeft(msLeft)) : null,
    h('div', { className: 'actions' }, actionsFor(request, handlers)));
}

export function renderRequests(section, requests, handlers) {
  const open = requests.filter((request) => isOpen(request.state) || awaitsSend(request));
  section.replaceChildren(
    h('h2', {}, 'Open requests'),
    open.length === 0 ? h('p', { className: 'hint' }, 'Nothing open. Log a rejection above when one arrives.') : h('ul', {}, open.map((request) => requestItem(request, handlers))),
  );
}
