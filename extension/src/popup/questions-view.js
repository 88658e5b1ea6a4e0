// The popup's questions: "Did <company> reply?" on the last day before the no-reply timeout, and
// the practice's follow-up template on the follow-up day. Each is answered with one click.
import { recordEvent, snoozeReplyCheck, startFollowUp, declineFollowUp } from '../lib/requests.js';
import { noReplyTimeoutAt } from '../lib/reply-schedule.js';
import { h } from '../ui/dom.js';

const dateFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

function button(label, onClick, className = 'secondary') {
  return h('button', { type: 'button', className, onClick }, label);
}

function replyCheck(request, { area, settings }) {
  const timeoutAt = noReplyTimeoutAt(request, settings);
  return h('li', { className: 'question', dataset: { requestId: request.id, question: 'reply' } },
    h('h3', {}, `Did ${request.company} reply?`),
    h('p', { className: 'hint' }, `Replies read on your phone do not reach Debrief. Without an answer, it is recorded as "no reply" on ${dateFormat.format(timeoutAt)}.`),
    h('div', { className: 'actions' },
      button('Yes, feedback', () => recordEvent(area, request.id, 'REPLIED_FEEDBACK'), ''),
      button('Yes, declined', () => recordEvent(area, request.id, 'REPLIED_DECLINED')),
      button('No reply yet', () => snoozeReplyCheck(area, request.id))));
}

function followUpOffer({ request, template }, { area, onFollowUp }) {
  return h('li', { className: 'question', dataset: { requestId: request.id, question: 'follow-up' } },
    h('h3', {}, `No answer from ${request.company} yet`),
    h('p', { className: 'hint' }, `One short, polite follow-up often gets a reply. Your coach's template: "${template.name}".`),
    h('div', { className: 'actions' },
      button('Write follow-up', async () => onFollowUp(await startFollowUp(area, request), template), ''),
      button('No, thanks', () => declineFollowUp(area, request.id))));
}

export function renderQuestions(section, { replyChecks, followUps }, context) {
  section.hidden = replyChecks.length + followUps.length === 0;
  section.replaceChildren(
    h('h2', {}, 'Questions for you'),
    h('ul', {}, [...replyChecks.map((request) => replyCheck(request, context)), ...followUps.map((offer) => followUpOffer(offer, context))]),
  );
}
