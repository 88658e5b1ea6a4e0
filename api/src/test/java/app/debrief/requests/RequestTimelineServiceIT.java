package app.debrief.requests;

import static app.debrief.db.jooq.Tables.FEEDBACK_REQUEST;
import static app.debrief.db.jooq.Tables.FEEDBACK_TAG;
import static app.debrief.db.jooq.Tables.PRACTICE;
import static app.debrief.db.jooq.Tables.REQUEST_EVENT;
import static app.debrief.db.jooq.Tables.REQUEST_NOTE;
import static app.debrief.db.jooq.Tables.TEMPLATE;
import static app.debrief.db.jooq.Tables.TEMPLATE_LIBRARY;
import static app.debrief.db.jooq.Tables.TEMPLATE_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.base.InvalidInputException;
import app.debrief.base.NotFoundException;
import app.debrief.connections.ExtensionClient;
import app.debrief.templates.TemplateKind;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.MutableClock;
import app.debrief.testsupport.TestData;
import app.debrief.testsupport.TestRequests;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The coach's side of requests on the real database: timelines, logging, notes and tags, and who sees what. */
@IntegrationTest
class RequestTimelineServiceIT {

    @Autowired
    RequestTimelineService timelines;

    @Autowired
    RequestService requestService;

    @Autowired
    NoReplyTimeout timeout;

    @Autowired
    MutableClock clock;

    @Autowired
    DSLContext sql;

    private UUID practice;
    private CoachPrincipal owner;
    private CoachPrincipal coach;
    private CoachPrincipal colleague;
    private UUID client;
    private UUID colleaguesClient;
    private TestRequests requests;
    private Instant now;

    @BeforeEach
    void aPracticeWithTwoCoaches() {
        var data = new TestData(sql);
        practice = data.practice();
        sql.update(PRACTICE).set(PRACTICE.TIME_ZONE, "Europe/Paris").where(PRACTICE.ID.eq(practice)).execute();
        owner = data.coach(practice, Role.OWNER);
        coach = data.coach(practice, Role.COACH);
        colleague = data.coach(practice, Role.COACH);
        client = data.client(coach, "Ines Moreau");
        colleaguesClient = data.client(colleague, "Colleague's Client");
        requests = new TestRequests(requestService);
        now = clock.instant();
        TestData.signIn(coach);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void the_coach_logs_a_rejection_once_however_often_the_dialog_submits() {
        UUID id = UUID.randomUUID();
        var draft = new RejectionDraft("  Acme Ltd ", " Data analyst ", "", Channel.PHONE, now.minus(Duration.ofHours(2)));

        timelines.logRejection(client, id, draft);
        timelines.logRejection(client, id, draft);

        var listed = timelines.clientRequests(client);
        assertThat(listed.clientName()).isEqualTo("Ines Moreau");
        assertThat(listed.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(listed.rows()).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(id);
            assertThat(row.company()).isEqualTo("Acme Ltd");
            assertThat(row.role()).isEqualTo("Data analyst");
            assertThat(row.state()).isEqualTo(RequestState.REJECTION_LOGGED);
            assertThat(row.rejectionAt()).isEqualTo(now.minus(Duration.ofHours(2)));
            assertThat(row.sentAt()).isNull();
        });
        var detail = timelines.request(id);
        assertThat(detail.interviewerName()).isNull();
        assertThat(detail.channel()).isEqualTo(Channel.PHONE);
        assertThat(detail.timeline()).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(EventType.REJECTION_LOGGED);
            assertThat(entry.source()).isEqualTo(EventSource.PORTAL);
            assertThat(entry.recordedBy()).isEqualTo(coach.displayName());
        });
    }

    @Test
    void a_rejection_needs_a_company_and_cannot_have_arrived_in_the_future() {
        assertThatThrownBy(() -> timelines.logRejection(client, UUID.randomUUID(),
                new RejectionDraft(" ", "r".repeat(121), null, Channel.EMAIL, now.plus(Duration.ofHours(1)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        "Company: say which employer rejected the client.", "Role: at most 120 characters.",
                        "When it arrived: the rejection cannot have arrived in the future."));
        assertThat(timelines.clientRequests(client).rows()).isEmpty();
    }

    @Test
    void the_timeline_shows_every_step_with_its_source_the_template_version_and_the_time_to_send() {
        UUID version = templateVersion("After the final round", 3);
        Instant rejected = now.minus(Duration.ofDays(20));
        UUID id = UUID.randomUUID();
        var extension = new ExtensionClient(UUID.randomUUID(), client, practice, null, 0);
        requestService.save(extension, id, new RequestDraft("Globex", "Designer", "Ms Lee", "globex.example", "gmail",
                Channel.EMAIL, rejected, version, null));
        requests.event(practice, client, id, EventType.REJECTION_LOGGED, rejected);
        requests.event(practice, client, id, EventType.DRAFTED, rejected.plus(Duration.ofHours(29)));
        requests.event(practice, client, id, EventType.SENT, rejected.plus(Duration.ofHours(30)));
        clock.set(rejected.plus(Duration.ofDays(12)));
        timeout.run();
        clock.set(now.plusSeconds(5));
        UUID followUp = requests.request(practice, client, "Globex", rejected, id);
        requests.event(practice, client, followUp, EventType.SENT, rejected.plus(Duration.ofDays(13)));
        timelines.logOutcome(id, UUID.randomUUID(), ReportedOutcome.FEEDBACK, now.minus(Duration.ofHours(1)));

        var detail = timelines.request(id);

        assertThat(detail.state()).isEqualTo(RequestState.REPLIED_FEEDBACK);
        assertThat(detail.template()).isEqualTo(new TemplateUsed("After the final round", 3));
        assertThat(detail.timeToSend()).isEqualTo(Duration.ofHours(30));
        assertThat(detail.sentLate()).isTrue();
        assertThat(detail.noReplyDays()).isEqualTo(10);
        assertThat(detail.timeline()).extracting(TimelineEntry::type, TimelineEntry::source, TimelineEntry::followUp)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EventType.REJECTION_LOGGED, EventSource.EXTENSION, false),
                        org.assertj.core.groups.Tuple.tuple(EventType.REJECTION_LOGGED, EventSource.EXTENSION, true),
                        org.assertj.core.groups.Tuple.tuple(EventType.DRAFTED, EventSource.EXTENSION, false),
                        org.assertj.core.groups.Tuple.tuple(EventType.SENT, EventSource.EXTENSION, false),
                        org.assertj.core.groups.Tuple.tuple(EventType.NO_REPLY, EventSource.SYSTEM, false),
                        org.assertj.core.groups.Tuple.tuple(EventType.SENT, EventSource.EXTENSION, true),
                        org.assertj.core.groups.Tuple.tuple(EventType.REPLIED_FEEDBACK, EventSource.PORTAL, false));
        assertThat(detail.timeline().getLast().recordedBy()).isEqualTo(coach.displayName());
        assertThat(detail.followUps()).containsExactly(new RequestLink(followUp, "Globex", RequestState.SENT));
        assertThat(timelines.request(followUp).parent()).isEqualTo(new RequestLink(id, "Globex",
                RequestState.REPLIED_FEEDBACK));
        assertThat(timelines.clientRequests(client).rows()).singleElement().satisfies(row -> {
            assertThat(row.followUps()).isEqualTo(1);
            assertThat(row.timeToSend()).isEqualTo(Duration.ofHours(30));
            assertThat(row.sentLate()).isTrue();
        });
    }

    @Test
    void an_outcome_logged_twice_with_the_same_event_id_counts_once_and_cannot_be_in_the_future() {
        UUID id = requests.sent(practice, client, "Initech", now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)));
        UUID eventId = UUID.randomUUID();

        assertThat(timelines.logOutcome(id, eventId, ReportedOutcome.DECLINED, now)).isEqualTo(RequestState.REPLIED_DECLINED);
        assertThat(timelines.logOutcome(id, eventId, ReportedOutcome.DECLINED, now)).isEqualTo(RequestState.REPLIED_DECLINED);

        assertThat(sql.fetchCount(REQUEST_EVENT, REQUEST_EVENT.REQUEST_ID.eq(id),
                REQUEST_EVENT.TYPE.eq(EventType.REPLIED_DECLINED))).isEqualTo(1);
        assertThatThrownBy(() -> timelines.logOutcome(id, UUID.randomUUID(), ReportedOutcome.WITHDRAWN,
                now.plus(Duration.ofHours(1)))).isInstanceOf(InvalidInputException.class)
                .hasMessage("When: the outcome cannot be in the future.");
        UUID other = requests.request(practice, client, "Other", now);
        assertThatThrownBy(() -> timelines.logOutcome(other, eventId, ReportedOutcome.WITHDRAWN, now))
                .isInstanceOf(RequestConflictException.class);
    }

    @Test
    void a_coach_reports_no_reply_and_a_later_reply_still_replaces_it() {
        UUID id = requests.sent(practice, client, "Hooli", now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2)));

        assertThat(timelines.logOutcome(id, UUID.randomUUID(), ReportedOutcome.NO_REPLY, now)).isEqualTo(RequestState.NO_REPLY);
        assertThat(requests.event(practice, client, id, EventType.REPLIED_FEEDBACK, now.plusSeconds(60)))
                .isEqualTo(RequestState.REPLIED_FEEDBACK);
    }

    @Test
    void notes_are_listed_newest_first_with_normalised_tags_and_a_double_click_writes_one() {
        UUID id = requests.sent(practice, client, "Acme Ltd", now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2)));
        UUID first = UUID.randomUUID();
        var draft = new NoteDraft("  They liked the portfolio; wanted more SQL. ",
                List.of("Communication", " portfolio  Quality "), List.of("technical depth", "Technical Depth"));

        timelines.addNote(id, first, draft);
        timelines.addNote(id, first, draft);
        clock.advance(Duration.ofMinutes(5));
        UUID second = UUID.randomUUID();
        timelines.addNote(id, second, new NoteDraft("Follow-up call: start with the case study.", List.of(),
                List.of("conciseness")));

        var notes = timelines.request(id).notes();
        assertThat(notes).extracting(FeedbackNote::id).containsExactly(second, first);
        assertThat(notes.getLast().body()).isEqualTo("They liked the portfolio; wanted more SQL.");
        assertThat(notes.getLast().authorName()).isEqualTo(coach.displayName());
        assertThat(notes.getLast().strengths()).containsExactly("communication", "portfolio quality");
        assertThat(notes.getLast().toImprove()).containsExactly("technical depth");
        assertThat(sql.fetchCount(FEEDBACK_TAG, FEEDBACK_TAG.PRACTICE_ID.eq(practice))).isEqualTo(4);

        var suggestions = timelines.tagSuggestions();
        assertThat(suggestions.strengths()).startsWith("communication", "portfolio quality")
                .contains("technical skills").doesNotHaveDuplicates();
        assertThat(suggestions.toImprove()).startsWith("conciseness", "technical depth");
    }

    @Test
    void a_note_needs_words_and_its_tags_have_limits() {
        UUID id = requests.request(practice, client, "Acme Ltd", now);
        assertThatThrownBy(() -> timelines.addNote(id, UUID.randomUUID(), new NoteDraft("  ", List.of(), List.of())))
                .isInstanceOf(InvalidInputException.class).hasMessage("Note: write down what the employer said.");
        assertThatThrownBy(() -> timelines.addNote(id, UUID.randomUUID(),
                new NoteDraft("ok", List.of("x".repeat(50)), List.of())))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Strengths: a tag has at most 40");
        assertThat(sql.fetchCount(REQUEST_NOTE, REQUEST_NOTE.REQUEST_ID.eq(id))).isZero();
    }

    @Test
    void a_coach_does_not_see_a_colleagues_clients_requests_but_the_owner_does() {
        UUID theirs = requests.sent(practice, colleaguesClient, "Initech", now.minus(Duration.ofDays(2)),
                now.minus(Duration.ofDays(1)));

        assertThatThrownBy(() -> timelines.request(theirs)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> timelines.clientRequests(colleaguesClient)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> timelines.logOutcome(theirs, UUID.randomUUID(), ReportedOutcome.FEEDBACK, now))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> timelines.addNote(theirs, UUID.randomUUID(), new NoteDraft("x", List.of(), List.of())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> timelines.logRejection(colleaguesClient, UUID.randomUUID(),
                new RejectionDraft("Globex", null, null, Channel.EMAIL, now))).isInstanceOf(NotFoundException.class);
        assertThat(state(theirs)).isEqualTo(RequestState.SENT);

        TestData.signIn(owner);
        assertThat(timelines.request(theirs).clientName()).isEqualTo("Colleague's Client");
        assertThat(timelines.logOutcome(theirs, UUID.randomUUID(), ReportedOutcome.FEEDBACK, now))
                .isEqualTo(RequestState.REPLIED_FEEDBACK);
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        TestData.signOut();
        assertThatThrownBy(() -> timelines.clientRequests(client))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> timelines.tagSuggestions())
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @CrossPracticeProbe(methods = {"RequestTimelineService#practiceZone", "RequestTimelineService#clientRequests",
            "RequestTimelineService#request", "RequestTimelineService#logRejection", "RequestTimelineService#logOutcome",
            "RequestTimelineService#addNote", "RequestTimelineService#tagSuggestions"})
    void a_coach_of_another_practice_holding_its_ids_finds_nothing_and_changes_nothing() {
        UUID id = requests.sent(practice, client, "Acme Ltd", now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)));
        timelines.addNote(id, UUID.randomUUID(), new NoteDraft("Private feedback", List.of("secret strength"), List.of()));
        var data = new TestData(sql);
        CoachPrincipal intruder = data.coach(data.practice(), Role.OWNER);
        TestData.signIn(intruder);
        int eventsBefore = sql.fetchCount(REQUEST_EVENT, REQUEST_EVENT.REQUEST_ID.eq(id));

        assertThat(timelines.practiceZone()).as("their own practice's zone").isEqualTo(ZoneId.of("UTC"));
        assertThatThrownBy(() -> timelines.clientRequests(client)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> timelines.request(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> timelines.logRejection(client, UUID.randomUUID(),
                new RejectionDraft("Globex", null, null, Channel.EMAIL, now))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> timelines.logRejection(client, id,
                new RejectionDraft("Globex", null, null, Channel.EMAIL, now))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> timelines.logOutcome(id, UUID.randomUUID(), ReportedOutcome.WITHDRAWN, now))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> timelines.addNote(id, UUID.randomUUID(), new NoteDraft("x", List.of(), List.of())))
                .isInstanceOf(NotFoundException.class);
        assertThat(timelines.tagSuggestions().strengths()).doesNotContain("secret strength");

        assertThat(state(id)).isEqualTo(RequestState.SENT);
        assertThat(sql.fetchCount(REQUEST_EVENT, REQUEST_EVENT.REQUEST_ID.eq(id))).isEqualTo(eventsBefore);
        assertThat(sql.fetchCount(REQUEST_NOTE, REQUEST_NOTE.REQUEST_ID.eq(id))).isEqualTo(1);
        assertThat(sql.fetchCount(FEEDBACK_REQUEST, FEEDBACK_REQUEST.CLIENT_ID.eq(client))).isEqualTo(1);
    }

    private RequestState state(UUID request) {
        return sql.select(FEEDBACK_REQUEST.STATE).from(FEEDBACK_REQUEST).where(FEEDBACK_REQUEST.ID.eq(request))
                .fetchSingle(FEEDBACK_REQUEST.STATE);
    }

    private UUID templateVersion(String name, int version) {
        UUID library = UUID.randomUUID();
        UUID template = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        sql.insertInto(TEMPLATE_LIBRARY).set(TEMPLATE_LIBRARY.ID, library).set(TEMPLATE_LIBRARY.PRACTICE_ID, practice)
                .set(TEMPLATE_LIBRARY.NAME, "Library " + library).set(TEMPLATE_LIBRARY.AUTHOR_ID, owner.coachId())
                .set(TEMPLATE_LIBRARY.CREATED_AT, at).execute();
        sql.insertInto(TEMPLATE).set(TEMPLATE.ID, template).set(TEMPLATE.PRACTICE_ID, practice)
                .set(TEMPLATE.LIBRARY_ID, library).set(TEMPLATE.NAME, name).set(TEMPLATE.KIND, TemplateKind.EMAIL)
                .set(TEMPLATE.BODY, "Thank you").set(TEMPLATE.CURRENT_VERSION, version).set(TEMPLATE.UPDATED_AT, at)
                .set(TEMPLATE.UPDATED_BY, owner.coachId()).execute();
        sql.insertInto(TEMPLATE_VERSION).set(TEMPLATE_VERSION.ID, id).set(TEMPLATE_VERSION.PRACTICE_ID, practice)
                .set(TEMPLATE_VERSION.TEMPLATE_ID, template).set(TEMPLATE_VERSION.VERSION, version)
                .set(TEMPLATE_VERSION.BODY, "Thank you").set(TEMPLATE_VERSION.AUTHOR_ID, owner.coachId())
                .set(TEMPLATE_VERSION.CREATED_AT, at).execute();
        return id;
    }
}
