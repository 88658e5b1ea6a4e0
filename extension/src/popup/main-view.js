// The connected popup: log a rejection, see open requests, draft one.
import { logRejection, listRequests, awaitsSend } from '../lib/requests.js';
import { KEYS } from '../lib/storage.js';
import { refreshTemplates } from '../lib/templates.js';
import { refreshSettings } from '../lib/settings.js';
import { loadPendingQuestions } from '../lib/reply-schedule.js';
import { showMessage } from '../ui/dom.js';
import { renderRequests } from './requests-view.js';
import { renderQuestions } from './questions-view.js';
import { openDraft } from './draft-view.js';

export function setUpMainView({ area, connection }) {
  const logForm = document.getElementById('log-form');
  const logMessage = document.getElementById('log-message');
  const requestsSection = document.getElementById('requests');
  const draftSection = document.getElementById('draft');
  const questionsSection = document.getElementById('questions');
  let draftingId = null;

  const startDrafting = (request) => {
    draftingId = request.id;
    void refresh().then(() => draftSection.scrollIntoView());
  };

  // A follow-up is written to the same person, in the same thread where the webmail allows it.
  function followUpPrefill(request, requests, settings) {
    const parent = requests.find((candidate) => candidate.id === request.parentRequestId);
    if (!parent) return null;
    const subject = parent.sent?.subject ? `Re: ${parent.sent.subject.replace(/^(re:\s*)+/i, '')}` : null;
    return { to: parent.sent?.to?.[0] ?? '', subject, followUpTemplateId: settings?.followUpTemplateId ?? null };
  }

  async function refresh() {
    const requests = await listRequests(area);
    const { [KEYS.settings]: settings } = await area.get(KEYS.settings);
    renderQuestions(questionsSection, await loadPendingQuestions(area), { area, settings, onFollowUp: startDrafting });
    renderRequests(requestsSection, requests, { area, onDraft: startDrafting });
    const drafting = requests.find((request) => request.id === draftingId && awaitsSend(request));
    draftSection.hidden = !drafting;
    if (drafting) await openDraft(draftSection, drafting, { area, connection, prefill: followUpPrefill(drafting, requests, settings) });
  }

  logForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const when = document.getElementById('rejection-at').value;
    const request = await logRejection(area, {
      company: document.getElementById('company').value,
      role: document.getElementById('role').value,
      interviewerName: document.getElementById('interviewer').value,
      rejectionAt: when ? new Date(when) : new Date(),
    });
    logForm.reset();
    showMessage(logMessage, `Logged. Ask ${request.company} for feedback within 24 hours.`);
    draftingId = request.id;
    await refresh();
  });

  void refreshTemplates({ area, connection, fetch: (url, init) => fetch(url, init) });
  void refreshSettings({ area, connection, fetch: (url, init) => fetch(url, init) });
  return { refresh };
}
