package app.debrief.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import app.debrief.requests.Channel;
import app.debrief.requests.EventSource;
import app.debrief.requests.EventType;
import app.debrief.requests.RequestState;
import app.debrief.requests.RequestStates;
import app.debrief.requests.StoredEvent;
import app.debrief.templates.TemplateKind;
import org.jspecify.annotations.Nullable;

/**
 * Four months of feedback requests for the demo practice, the same every time for the same seed:
 * prompt and late sends, replies with feedback and refusals, timeouts, follow-ups, withdrawals,
 * a few rejections waiting right now, and coaches' notes. Each state is computed by the product's
 * own function from the events, so the demo never shows a state the product could not reach.
 */
final class DemoRequestPlan {

    static final int NO_REPLY_DAYS = 10;
    private static final int RANDOM_REQUESTS = 46;
    private static final int DAYS_BACK = 120;

    private static final List<String> COMPANIES = List.of("Acme Analytics", "Brightwave Health", "Northwind Traders",
            "Globex", "Initech", "Hooli", "Umbrella Biotech", "Stark Logistics", "Wayne Financial", "Blue Harbor Bank",
            "Pied Piper", "Vandelay Industries", "Tyrell Systems", "Oceanic Air", "Monarch Retail", "Greenfield Energy",
            "Helios Media", "Atlas Insurance", "Cobalt Labs", "Riverside Hospital");
    private static final List<String> INTERVIEWERS = List.of("Dana Smith", "Marc Dupont", "Aiko Sato", "Liam O'Brien",
            "Sofia Rossi", "Ravi Mehta", "Emma Schultz", "Kwame Mensah");
    private static final List<String> WEBMAILS = List.of("gmail", "gmail", "gmail", "outlook", "outlook", "yahoo",
            "roundcube");
    private static final Map<String, List<String>> ROLES = Map.of(
            "UX research", List.of("UX researcher", "Senior UX researcher", "Design researcher"),
            "Data engineering", List.of("Data engineer", "Analytics engineer", "Platform engineer"),
            "Product management", List.of("Product manager", "Senior product manager", "Product owner"),
            "Nursing", List.of("Staff nurse", "Ward nurse", "Community nurse"),
            "Marketing", List.of("Marketing manager", "Content strategist", "Brand manager"),
            "Finance", List.of("Financial analyst", "FP&A analyst", "Accountant"));
    private static final List<DemoNote> NOTES = List.of(
            new DemoNote("The panel liked how she walked through her research plan; they hired someone with more "
                    + "quantitative experience.", List.of("communication", "preparation"), List.of("technical depth")),
            new DemoNote("Strong rapport with the hiring manager. Answers ran long: practise two-minute versions.",
                    List.of("communication", "culture fit"), List.of("conciseness")),
            new DemoNote("Good case study, but they wanted concrete numbers on impact. Add metrics to the STAR stories.",
                    List.of("problem solving"), List.of("specific examples")),
            new DemoNote("They said the technical round was the best of the day; the other candidate had led a team.",
                    List.of("technical skills"), List.of("leadership examples")),
            new DemoNote("Recruiter: very enthusiastic, well prepared; salary expectations were above their band.",
                    List.of("enthusiasm", "preparation"), List.of("salary expectations")),
            new DemoNote("Feedback by phone: good experience, but little knowledge of their product line.",
                    List.of("relevant experience"), List.of("company research")),
            new DemoNote("Hiring manager praised the portfolio. Suggested asking sharper questions at the end.",
                    List.of("communication", "relevant experience"), List.of("questions for the panel")),
            new DemoNote("They valued the teamwork examples; wanted more confidence when discussing trade-offs.",
                    List.of("teamwork"), List.of("confidence", "technical depth")));

    record Client(UUID id, UUID coachId, @Nullable String targetField, boolean active) {
    }

    record Event(UUID id, EventType type, Instant occurredAt, EventSource source, @Nullable UUID recordedBy) {
    }

    record Request(UUID id, UUID clientId, @Nullable UUID parentId, String company, @Nullable String role,
            @Nullable String interviewerName, @Nullable String recipientDomain, @Nullable String webmail,
            Channel channel, Instant rejectionAt, @Nullable UUID templateVersionId, List<Event> events,
            RequestState state, Instant updatedAt) {
    }

    record Note(UUID id, UUID requestId, UUID authorId, String body, Instant createdAt, List<String> strengths,
            List<String> toImprove) {
    }

    record DemoNote(String body, List<String> strengths, List<String> toImprove) {
    }

    record Plan(List<Request> requests, List<Note> notes) {
    }

    private final UUID practiceId;
    private final List<Client> clients;
    private final Map<TemplateKind, List<UUID>> versions;
    private final Instant now;
    private final Random random;
    private final List<Request> requests = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private int counter;

    private DemoRequestPlan(UUID practiceId, List<Client> clients, Map<TemplateKind, List<UUID>> versions, Instant now,
            long seed) {
        this.practiceId = practiceId;
        this.clients = clients;
        this.versions = versions;
        this.now = now.truncatedTo(ChronoUnit.MICROS);
        this.random = new Random(seed);
    }

    static Plan of(UUID practiceId, List<Client> clients, Map<TemplateKind, List<UUID>> versions, Instant now) {
        var plan = new DemoRequestPlan(practiceId, clients, versions, now, 2026);
        plan.build();
        return new Plan(List.copyOf(plan.requests), List.copyOf(plan.notes));
    }

    private void build() {
        var active = clients.stream().filter(Client::active).toList();
        if (active.isEmpty()) {
            return;
        }
        // right now: rejections whose 24 hours are running out, or have run out, and one just in
        waiting(active.get(0), hours(21), null);
        waiting(active.get(1 % active.size()), hours(30), EventType.DRAFTED);
        waiting(active.get(2 % active.size()), hours(3), null);
        waiting(active.get(3 % active.size()), hours(22), null);
        answeredByTheFollowUp(active.get(1 % active.size()),
                now.minus(Duration.ofDays(40)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofMinutes(9 * 60 + 35)));
        for (int i = 0; i < RANDOM_REQUESTS; i++) {
            Client client = i % 9 == 8 ? clients.get(i % clients.size()) : active.get(i % active.size());
            long minutesAgo = client.active() ? 60L * 26 + random.nextLong(60L * 24 * DAYS_BACK)
                    : 60L * 24 * (60 + random.nextInt(DAYS_BACK - 60));
            // rejections arrive in office hours
            Instant day = now.minus(Duration.ofMinutes(minutesAgo)).truncatedTo(ChronoUnit.DAYS);
            history(client, day.plus(Duration.ofMinutes(7 * 60 + random.nextInt(10 * 60))));
        }
    }

    private static Duration hours(int hours) {
        return Duration.ofHours(hours);
    }

    /** A rejection logged a while ago with nothing sent yet. */
    private void waiting(Client client, Duration ago, @Nullable EventType lastStep) {
        Instant rejectedAt = now.minus(ago);
        var builder = new Builder(client, rejectedAt, Channel.EMAIL);
        builder.event(EventType.REJECTION_LOGGED, rejectedAt, EventSource.EXTENSION);
        if (lastStep == EventType.DRAFTED) {
            builder.event(EventType.DRAFTED, rejectedAt.plus(Duration.ofHours(26)), EventSource.EXTENSION);
        }
        add(builder.build(List.of()));
    }

    private void add(Request request, List<Request> followUps) {
        requests.add(request);
        requests.addAll(followUps);
    }

    private void add(Request request) {
        add(request, List.of());
    }

    private void history(Client client, Instant rejectedAt) {
        Channel channel = random.nextInt(10) == 0 ? Channel.PHONE : Channel.EMAIL;
        var request = new Builder(client, rejectedAt, channel);
        boolean byCoach = random.nextInt(7) == 0;
        request.event(EventType.REJECTION_LOGGED, rejectedAt, byCoach ? EventSource.PORTAL : EventSource.EXTENSION);
        Duration toSend = sendDelay(channel);
        if (toSend == null) {
            request.event(EventType.WITHDRAWN, rejectedAt.plus(Duration.ofDays(3)), EventSource.EXTENSION);
            add(request.build(List.of()));
            return;
        }
        Instant sentAt = rejectedAt.plus(toSend);
        if (!sentAt.isBefore(now)) {
            add(request.build(List.of()));
            return;
        }
        request.event(EventType.DRAFTED, sentAt.minus(Duration.ofMinutes(5 + random.nextInt(50))), EventSource.EXTENSION);
        request.event(EventType.SENT, sentAt, EventSource.EXTENSION);
        if (random.nextInt(25) == 0) {
            request.event(EventType.WITHDRAWN, sentAt.plus(Duration.ofMinutes(30)), EventSource.EXTENSION);
            add(request.build(List.of()));
            return;
        }
        double replyChance = channel == Channel.PHONE ? 0.8
                : toSend.compareTo(Duration.ofHours(24)) <= 0 ? 0.62 : toSend.compareTo(Duration.ofHours(72)) <= 0 ? 0.45 : 0.3;
        Instant replyAt = channel == Channel.PHONE ? sentAt.plus(Duration.ofMinutes(10))
                : sentAt.plus(Duration.ofHours(20 + random.nextInt(24 * 8)));
        if (random.nextDouble() < replyChance && replyAt.isBefore(now)) {
            boolean feedback = random.nextDouble() < 0.65;
            request.event(feedback ? EventType.REPLIED_FEEDBACK : EventType.REPLIED_DECLINED, replyAt,
                    channel == Channel.PHONE || random.nextInt(3) == 0 ? EventSource.PORTAL : EventSource.EXTENSION);
            add(request.build(List.of()));
            if (feedback || random.nextInt(3) == 0) {
                note(request.id, client, replyAt.plus(Duration.ofHours(20)));
            }
            return;
        }
        Instant dueAt = sentAt.plus(Duration.ofDays(NO_REPLY_DAYS));
        var followUps = new ArrayList<Request>();
        Instant followUpAt = sentAt.plus(Duration.ofDays(7)).plus(Duration.ofMinutes(random.nextInt(600)));
        if (channel == Channel.EMAIL && followUpAt.isBefore(now) && random.nextInt(3) == 0) {
            followUps.add(followUp(client, request, followUpAt));
        }
        if (!dueAt.isAfter(now)) {
            request.event(EventType.NO_REPLY, dueAt, EventSource.SYSTEM);
        }
        add(request.build(followUps), followUps);
        followUps.stream().filter(f -> f.state() == RequestState.REPLIED_FEEDBACK).findFirst()
                .ifPresent(f -> note(request.id, client, f.updatedAt().plus(Duration.ofHours(5))));
    }

    /** Sent promptly, no answer, a follow-up on day 7, the timeout on day 10, then the follow-up's reply on day 12. */
    private void answeredByTheFollowUp(Client client, Instant rejectedAt) {
        var request = new Builder(client, rejectedAt, Channel.EMAIL);
        Instant sentAt = rejectedAt.plus(Duration.ofHours(6));
        request.event(EventType.REJECTION_LOGGED, rejectedAt, EventSource.EXTENSION);
        request.event(EventType.DRAFTED, sentAt.minus(Duration.ofMinutes(12)), EventSource.EXTENSION);
        request.event(EventType.SENT, sentAt, EventSource.EXTENSION);
        request.event(EventType.NO_REPLY, sentAt.plus(Duration.ofDays(NO_REPLY_DAYS)), EventSource.SYSTEM);
        var followUp = new Builder(client, rejectedAt, Channel.EMAIL);
        followUp.parentId = request.id;
        followUp.company = request.company;
        followUp.role = request.role;
        followUp.interviewer = request.interviewer;
        followUp.webmail = request.webmail;
        followUp.versionId = version(TemplateKind.FOLLOW_UP);
        Instant followUpAt = sentAt.plus(Duration.ofDays(7));
        followUp.event(EventType.DRAFTED, followUpAt.minus(Duration.ofMinutes(4)), EventSource.EXTENSION);
        followUp.event(EventType.SENT, followUpAt, EventSource.EXTENSION);
        Instant replyAt = sentAt.plus(Duration.ofDays(12));
        followUp.event(EventType.REPLIED_FEEDBACK, replyAt, EventSource.EXTENSION);
        var followUps = List.of(followUp.build(List.of()));
        add(request.build(followUps), followUps);
        DemoNote note = NOTES.getFirst();
        notes.add(new Note(id("note", notes.size()), request.id, client.coachId(), note.body(),
                replyAt.plus(Duration.ofHours(3)), note.strengths(), note.toImprove()));
    }

    /** The follow-up the extension offers on the practice's follow-up day: sometimes it is what gets an answer. */
    private Request followUp(Client client, Builder parent, Instant sentAt) {
        var followUp = new Builder(client, parent.rejectionAt, Channel.EMAIL);
        followUp.parentId = parent.id;
        followUp.company = parent.company;
        followUp.role = parent.role;
        followUp.interviewer = parent.interviewer;
        followUp.webmail = parent.webmail;
        followUp.versionId = version(TemplateKind.FOLLOW_UP);
        followUp.event(EventType.DRAFTED, sentAt.minus(Duration.ofMinutes(3)), EventSource.EXTENSION);
        followUp.event(EventType.SENT, sentAt, EventSource.EXTENSION);
        Instant replyAt = sentAt.plus(Duration.ofHours(30 + random.nextInt(72)));
        if (random.nextInt(2) == 0 && replyAt.isBefore(now)) {
            followUp.event(EventType.REPLIED_FEEDBACK, replyAt, EventSource.EXTENSION);
        } else if (!sentAt.plus(Duration.ofDays(NO_REPLY_DAYS)).isAfter(now)) {
            followUp.event(EventType.NO_REPLY, sentAt.plus(Duration.ofDays(NO_REPLY_DAYS)), EventSource.SYSTEM);
        }
        return followUp.build(List.of());
    }

    private @Nullable Duration sendDelay(Channel channel) {
        if (channel == Channel.PHONE) {
            return Duration.ofMinutes(2);
        }
        int roll = random.nextInt(100);
        if (roll < 55) {
            return Duration.ofMinutes(60 + random.nextInt(60 * 19));
        }
        if (roll < 80) {
            return Duration.ofMinutes(60 * 25 + random.nextInt(60 * 46));
        }
        if (roll < 93) {
            return Duration.ofMinutes(60 * 73 + random.nextInt(60 * 96));
        }
        return null;
    }

    private void note(UUID requestId, Client client, Instant at) {
        if (at.isAfter(now)) {
            return;
        }
        DemoNote note = NOTES.get(random.nextInt(NOTES.size()));
        notes.add(new Note(id("note", notes.size()), requestId, client.coachId(), note.body(), at, note.strengths(),
                note.toImprove()));
    }

    private @Nullable UUID version(TemplateKind kind) {
        var candidates = versions.getOrDefault(kind, List.of());
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    /** Ids derived from the practice and a counter: a second node seeding at the same moment writes the same rows. */
    private UUID id(String kind, int n) {
        return UUID.nameUUIDFromBytes(("demo:" + practiceId + ":" + kind + ":" + n).getBytes(StandardCharsets.UTF_8));
    }

    private final class Builder {

        final int index = counter++;
        final UUID id = id("request", index);
        final UUID clientId;
        final UUID coachId;
        final Instant rejectionAt;
        final Channel channel;
        final List<Event> events = new ArrayList<>();
        @Nullable UUID parentId;
        String company;
        @Nullable String role;
        @Nullable String interviewer;
        @Nullable String webmail;
        @Nullable UUID versionId;

        Builder(Client client, Instant rejectionAt, Channel channel) {
            this.clientId = client.id();
            this.coachId = client.coachId();
            this.rejectionAt = rejectionAt;
            this.channel = channel;
            this.company = COMPANIES.get(random.nextInt(COMPANIES.size()));
            var roles = ROLES.get(client.targetField());
            this.role = roles == null ? client.targetField() : roles.get(random.nextInt(roles.size()));
            this.interviewer = random.nextInt(5) == 0 ? null : INTERVIEWERS.get(random.nextInt(INTERVIEWERS.size()));
            this.webmail = channel == Channel.EMAIL ? WEBMAILS.get(random.nextInt(WEBMAILS.size())) : null;
            this.versionId = version(channel == Channel.PHONE ? TemplateKind.PHONE : TemplateKind.EMAIL);
        }

        void event(EventType type, Instant at, EventSource source) {
            if (at.isAfter(now)) {
                return;
            }
            events.add(new Event(id("event", index * 100 + events.size()), type, at, source,
                    source == EventSource.PORTAL ? coachId : null));
        }

        /** The request with its state, computed from its events and its follow-ups' (a request only logged has no template yet). */
        Request build(List<Request> followUps) {
            boolean drafted = events.stream().anyMatch(e -> e.type() == EventType.DRAFTED);
            List<StoredEvent> own = events.stream().map(DemoRequestPlan::stored).toList();
            List<StoredEvent> children = followUps.stream().flatMap(f -> f.events().stream())
                    .map(DemoRequestPlan::stored).toList();
            RequestState state = RequestStates.of(own, children);
            Instant updatedAt = java.util.stream.Stream.concat(events.stream(),
                            followUps.stream().flatMap(f -> f.events().stream()))
                    .map(Event::occurredAt).max(Instant::compareTo).orElse(rejectionAt);
            return new Request(id, clientId, parentId, company, role, interviewer,
                    webmail == null ? null : company.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + ".example",
                    webmail, channel, rejectionAt, drafted ? versionId : null, List.copyOf(events), state, updatedAt);
        }
    }

    private static StoredEvent stored(Event event) {
        return new StoredEvent(event.id(), event.type(), event.occurredAt(), event.source());
    }
}
