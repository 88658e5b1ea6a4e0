package app.debrief.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.CurrentCoach;
import app.debrief.base.InvalidInputException;
import app.debrief.base.NotFoundException;
import app.debrief.requests.TimelineRepository.RequestHeader;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coach's side of feedback requests: a client's requests, one request's history, and what a
 * coach records in the portal (a rejection, an outcome reported by phone, feedback notes). A coach
 * sees their own clients' requests, the owner the whole practice's; anything else is not found.
 * Ids of what the portal creates are chosen once per dialog, so a double click records once.
 */
@Service
@PreAuthorize("hasRole('COACH')")
@Transactional
public class RequestTimelineService {

    /** How far ahead of the server's clock a time may be: browsers' clocks are not exact. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final int MAX_NOTE = 4000;
    private static final int MAX_TEXT = 120;

    private final TimelineRepository timeline;
    private final RequestRepository requests;
    private final RequestStateUpdater states;
    private final CurrentCoach currentCoach;
    private final Clock clock;

    RequestTimelineService(TimelineRepository timeline, RequestRepository requests, RequestStateUpdater states,
            CurrentCoach currentCoach, Clock clock) {
        this.timeline = timeline;
        this.requests = requests;
        this.states = states;
        this.currentCoach = currentCoach;
        this.clock = clock;
    }

    /** The practice's time zone: every time in the portal is shown, and typed, in it. */
    @Transactional(readOnly = true)
    public ZoneId practiceZone() {
        return timeline.settings(currentCoach.require().practiceId()).zone();
    }

    @Transactional(readOnly = true)
    public ClientRequests clientRequests(UUID clientId) {
        CoachPrincipal coach = currentCoach.require();
        String name = visibleClient(coach, clientId);
        return new ClientRequests(clientId, name, timeline.settings(coach.practiceId()).zone(),
                timeline.clientRequests(coach.practiceId(), clientId));
    }

    @Transactional(readOnly = true)
    public RequestDetail request(UUID requestId) {
        CoachPrincipal coach = currentCoach.require();
        RequestHeader header = visibleRequest(coach, requestId);
        var settings = timeline.settings(coach.practiceId());
        TemplateUsed template = header.templateName() == null || header.templateVersion() == null ? null
                : new TemplateUsed(header.templateName(), header.templateVersion());
        RequestLink parent = header.parentId() == null || header.parentCompany() == null || header.parentState() == null
                ? null : new RequestLink(header.parentId(), header.parentCompany(), header.parentState());
        return new RequestDetail(header.id(), header.clientId(), header.clientName(), header.company(), header.role(),
                header.interviewerName(), header.channel(), header.webmail(), header.rejectionAt(), header.state(),
                template, parent, timeline.followUps(coach.practiceId(), requestId),
                timeline.timeline(coach.practiceId(), requestId), timeline.notes(coach.practiceId(), requestId),
                settings.zone(), settings.noReplyDays());
    }

    /**
     * Logs a rejection the client reported: a new request (the id the dialog chose) with its
     * REJECTION_LOGGED event, source PORTAL. Logging the same id again changes nothing.
     */
    public UUID logRejection(UUID clientId, UUID requestId, RejectionDraft draft) {
        CoachPrincipal coach = currentCoach.require();
        visibleClient(coach, clientId);
        Instant now = clock.instant();
        RequestDraft clean = validate(draft, now);
        if (!requests.insertIfAbsent(coach.practiceId(), clientId, requestId, clean, now)) {
            if (!requests.ownedBy(coach.practiceId(), clientId, requestId)) {
                throw new RequestConflictException("Request " + requestId + " exists already: use a new id.");
            }
            return requestId;
        }
        requests.insertEventIfAbsent(coach.practiceId(), requestId, rejectionEventId(requestId),
                EventType.REJECTION_LOGGED, clean.rejectionAt(), EventSource.PORTAL, coach.coachId(), now);
        return requestId;
    }

    /** Records an outcome the client reported, once per event id, and answers the request's state after it. */
    public RequestState logOutcome(UUID requestId, UUID eventId, ReportedOutcome outcome, Instant occurredAt) {
        CoachPrincipal coach = currentCoach.require();
        visibleRequest(coach, requestId);
        Instant now = clock.instant();
        if (occurredAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInputException("When: the outcome cannot be in the future.");
        }
        requests.lockWithParent(coach.practiceId(), requestId);
        boolean inserted = requests.insertEventIfAbsent(coach.practiceId(), requestId, eventId, outcome.event(),
                occurredAt, EventSource.PORTAL, coach.coachId(), now);
        if (!inserted && !requests.requestOfEvent(eventId).map(requestId::equals).orElse(false)) {
            throw new RequestConflictException("Event " + eventId + " belongs to another request: use a new event id.");
        }
        return states.refresh(coach.practiceId(), requestId, now);
    }

    /** Adds the coach's feedback note (the id the dialog chose) with its tags, normalised. */
    public void addNote(UUID requestId, UUID noteId, NoteDraft draft) {
        CoachPrincipal coach = currentCoach.require();
        visibleRequest(coach, requestId);
        String body = draft.body().strip();
        var problems = new ArrayList<String>();
        if (body.isEmpty()) {
            problems.add("Note: write down what the employer said.");
        } else if (body.length() > MAX_NOTE) {
            problems.add("Note: at most " + MAX_NOTE + " characters.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var strengths = Tags.normaliseAll("Strengths", draft.strengths());
        var toImprove = Tags.normaliseAll("To improve", draft.toImprove());
        if (!timeline.insertNote(coach.practiceId(), requestId, noteId, coach.coachId(), body, clock.instant())) {
            if (!timeline.requestOfNote(noteId).map(requestId::equals).orElse(false)) {
                throw new RequestConflictException("Note " + noteId + " belongs to another request: use a new id.");
            }
            return;
        }
        strengths.forEach(tag -> timeline.tagNote(coach.practiceId(), noteId,
                timeline.tag(coach.practiceId(), TagKind.STRENGTH, tag)));
        toImprove.forEach(tag -> timeline.tagNote(coach.practiceId(), noteId,
                timeline.tag(coach.practiceId(), TagKind.TO_IMPROVE, tag)));
    }

    /** The practice's tags, most used first, then the starter tags nobody has used yet. */
    @Transactional(readOnly = true)
    public TagSuggestions tagSuggestions() {
        UUID practiceId = currentCoach.require().practiceId();
        return new TagSuggestions(suggestions(timeline.tagNames(practiceId, TagKind.STRENGTH), Tags.STARTER_STRENGTHS),
                suggestions(timeline.tagNames(practiceId, TagKind.TO_IMPROVE), Tags.STARTER_TO_IMPROVE));
    }

    private static List<String> suggestions(List<String> used, List<String> starter) {
        var all = new LinkedHashSet<>(used);
        all.addAll(starter);
        return List.copyOf(all);
    }

    /** The rejection event of a request the portal created: one per request, whoever clicks twice. */
    static UUID rejectionEventId(UUID requestId) {
        return UUID.nameUUIDFromBytes((requestId + ":REJECTION_LOGGED").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private String visibleClient(CoachPrincipal coach, UUID clientId) {
        return timeline.clientName(coach.practiceId(), visibleCoach(coach), clientId)
                .orElseThrow(() -> new NotFoundException("The client"));
    }

    private RequestHeader visibleRequest(CoachPrincipal coach, UUID requestId) {
        return timeline.request(coach.practiceId(), visibleCoach(coach), requestId)
                .orElseThrow(() -> new NotFoundException("The request"));
    }

    private static RequestDraft validate(RejectionDraft draft, Instant now) {
        var problems = new ArrayList<String>();
        String company = draft.company().strip();
        if (company.isEmpty()) {
            problems.add("Company: say which employer rejected the client.");
        } else if (company.length() > MAX_TEXT) {
            problems.add("Company: at most " + MAX_TEXT + " characters.");
        }
        String role = optional(draft.role(), "Role", problems);
        String interviewer = optional(draft.interviewerName(), "Interviewer", problems);
        if (draft.arrivedAt().isAfter(now.plus(CLOCK_SKEW))) {
            problems.add("When it arrived: the rejection cannot have arrived in the future.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new RequestDraft(company, role, interviewer, null, null, draft.channel(), draft.arrivedAt(), null, null);
    }

    private static @Nullable String optional(@Nullable String value, String field, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > MAX_TEXT) {
            problems.add(field + ": at most " + MAX_TEXT + " characters.");
        }
        return clean;
    }

    private static @Nullable UUID visibleCoach(CoachPrincipal coach) {
        return coach.isOwner() ? null : coach.coachId();
    }
}
