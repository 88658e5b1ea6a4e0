package app.debrief.reports;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.FEEDBACK_REQUEST;
import static app.debrief.db.jooq.Tables.REQUEST_EVENT;
import static app.debrief.db.jooq.Tables.TEMPLATE;
import static app.debrief.db.jooq.Tables.TEMPLATE_VERSION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.requests.EventSource;
import app.debrief.requests.EventType;
import app.debrief.requests.RequestState;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.MutableClock;
import app.debrief.testsupport.ReportTestData;
import app.debrief.testsupport.ReportTestData.Event;
import app.debrief.testsupport.TestData;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The summaries against a plain recount: a generated practice with random event histories, counted
 * again straight from feedback_request and request_event for every breakdown and filter, before and
 * after changes (new events, corrected rejection dates, a client handed to another coach), with the
 * refresher run by two threads at once.
 */
@IntegrationTest
class RollupRecountIT {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final YearMonth FIRST = YearMonth.of(2025, 1);
    private static final YearMonth LAST = YearMonth.of(2026, 2);
    private static final String NIL = Measures.NIL.toString();

    @Autowired
    ReportService reports;

    @Autowired
    ReportRefresher refresher;

    @Autowired
    MutableClock clock;

    @Autowired
    DSLContext sql;

    private final Random random = new Random(20260420);
    private ReportTestData data;
    private UUID practice;
    private CoachPrincipal owner;
    private List<CoachPrincipal> coaches;
    private List<UUID> clients;
    private List<UUID> libraries;
    private List<@Nullable UUID> versions;
    private List<UUID> requests;

    @BeforeEach
    void aGeneratedPractice() {
        var testData = new TestData(sql);
        data = new ReportTestData(sql);
        practice = testData.practice();
        data.timeZone(practice, ZONE.getId());
        owner = testData.coach(practice, Role.OWNER);
        coaches = List.of(owner, testData.coach(practice, Role.COACH), testData.coach(practice, Role.COACH));
        clients = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            clients.add(testData.client(coaches.get(i % coaches.size()), "Client " + i));
        }
        libraries = List.of(data.library(owner, "First"), data.library(owner, "Second"));
        versions = new ArrayList<>();
        versions.addAll(data.template(owner, libraries.get(0), "A", 2).versions());
        versions.addAll(data.template(owner, libraries.get(0), "B", 2).versions());
        versions.addAll(data.template(owner, libraries.get(1), "C", 1).versions());
        versions.add(null);
        requests = new ArrayList<>();
        for (int i = 0; i < 320; i++) {
            requests.add(randomRequest());
        }
        TestData.signIn(owner);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void the_summaries_equal_a_recount_before_and_after_changes_with_two_refreshers_at_once() throws Exception {
        bothAtOnce();
        assertEveryReportEqualsTheRecount();

        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 60; i++) {
            UUID request = requests.get(random.nextInt(requests.size()));
            data.addEvents(practice, request, clock.instant(), randomLateEvent());
        }
        for (int i = 0; i < 15; i++) {
            data.moveRejection(requests.get(random.nextInt(requests.size())), randomRejection(), clock.instant());
        }
        sql.update(CLIENT).set(CLIENT.COACH_ID, coaches.get(2).coachId()).where(CLIENT.ID.eq(clients.get(0)))
                .execute();
        for (int i = 0; i < 20; i++) {
            requests.add(randomRequest());
        }
        bothAtOnce();
        assertEveryReportEqualsTheRecount();

        // nothing changed: another refresh takes nothing in and changes nothing
        assertThat(refresher.refresh(practice)).isZero();
        assertEveryReportEqualsTheRecount();
    }

    @Test
    void a_rebuild_from_scratch_reaches_the_same_figures() {
        refresher.refresh(practice);
        var before = reports.breakdown(Breakdown.TEMPLATE_VERSION, ReportFilter.months(FIRST, LAST));

        refresher.rebuild(practice);

        assertThat(reports.breakdown(Breakdown.TEMPLATE_VERSION, ReportFilter.months(FIRST, LAST)))
                .isEqualTo(before);
        assertEveryReportEqualsTheRecount();
    }

    private void bothAtOnce() throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var runs = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return refresher.refresh(practice);
                }));
            }
            start.countDown();
            for (var run : runs) {
                run.get();
            }
        }
    }

    private void assertEveryReportEqualsTheRecount() {
        var recount = recount();
        var filters = new ArrayList<ReportFilter>();
        filters.add(ReportFilter.months(FIRST, LAST));
        filters.add(ReportFilter.months(YearMonth.of(2025, 3), YearMonth.of(2025, 11)));
        filters.add(ReportFilter.months(FIRST, LAST).withCoach(coaches.get(1).coachId()));
        filters.add(ReportFilter.months(FIRST, LAST).withLibrary(libraries.get(0)));
        filters.add(ReportFilter.months(YearMonth.of(2025, 6), LAST).withCoach(coaches.get(2).coachId())
                .withLibrary(libraries.get(1)));
        for (var filter : filters) {
            var counted = recount.stream().filter(request -> request.matches(filter)).toList();
            assertThat(reports.total(filter).counts()).as("total of %s", filter)
                    .isEqualTo(sum(counted, request -> "").getOrDefault("", Counts.NONE));
            for (var by : Breakdown.values()) {
                Map<String, Counts> expected = sum(counted, request -> request.key(by));
                var actual = new TreeMap<String, Counts>();
                reports.breakdown(by, filter).stream()
                        // the client breakdown lists every client in scope, those without requests at zero
                        .filter(row -> row.counts().requests() > 0)
                        .forEach(row -> actual.put(row.key(), row.counts()));
                assertThat(actual).as("%s under %s", by, filter).isEqualTo(expected);
            }
            int clientsInScope = filter.coachId() == null ? clients.size()
                    : sql.fetchCount(CLIENT, CLIENT.COACH_ID.eq(filter.coachId()));
            assertThat(reports.clientCount(filter)).isEqualTo(clientsInScope);
            assertThat(reports.breakdown(Breakdown.CLIENT, filter)).hasSize(clientsInScope);
        }
    }

    private static Map<String, Counts> sum(List<Recounted> requests, Function<Recounted, String> key) {
        var sums = new TreeMap<String, Counts>();
        for (var request : requests) {
            sums.merge(key.apply(request), request.counts(), Counts::plus);
        }
        return sums;
    }

    /** One request as counted straight from the base tables, with nothing from the summaries. */
    private record Recounted(String client, String coach, String library, String template, String version,
            String webmail, YearMonth month, RequestState state, @Nullable Instant sentAt, @Nullable Duration toSend,
            @Nullable Duration toReply) {

        boolean matches(ReportFilter filter) {
            return !month.isBefore(filter.from()) && !month.isAfter(filter.to())
                    && (filter.coachId() == null || coach.equals(filter.coachId().toString()))
                    && (filter.libraryId() == null || library.equals(filter.libraryId().toString()));
        }

        String key(Breakdown by) {
            return switch (by) {
                case TEMPLATE -> template;
                case TEMPLATE_VERSION -> version;
                case LIBRARY -> library;
                case COACH -> coach;
                case CLIENT -> client;
                case WEBMAIL -> webmail;
                case MONTH -> month.toString();
                case TIME_TO_SEND -> toSend == null ? "NOT_SENT"
                        : toSend.compareTo(Duration.ofHours(24)) < 0 ? "UNDER_24H"
                        : toSend.compareTo(Duration.ofHours(72)) < 0 ? "H24_TO_72H" : "OVER_72H";
            };
        }

        Counts counts() {
            int[] histogram = new int[ReplyTime.BUCKETS];
            boolean replied = state == RequestState.REPLIED_FEEDBACK || state == RequestState.REPLIED_DECLINED;
            if (replied && toReply != null) {
                histogram[ReplyTime.bucketOf(toReply)]++;
            }
            return new Counts(1, sentAt == null ? 0 : 1, state == RequestState.REPLIED_FEEDBACK ? 1 : 0,
                    state == RequestState.REPLIED_DECLINED ? 1 : 0, state == RequestState.NO_REPLY ? 1 : 0,
                    state == RequestState.WITHDRAWN ? 1 : 0, histogram);
        }
    }

    private List<Recounted> recount() {
        var firstSent = new HashMap<UUID, Instant>();
        var firstReply = new HashMap<UUID, Instant>();
        sql.select(REQUEST_EVENT.REQUEST_ID, REQUEST_EVENT.TYPE, REQUEST_EVENT.OCCURRED_AT).from(REQUEST_EVENT)
                .where(REQUEST_EVENT.PRACTICE_ID.eq(practice))
                .forEach(event -> {
                    if (event.value2() == EventType.SENT) {
                        firstSent.merge(event.value1(), event.value3(), (a, b) -> a.isBefore(b) ? a : b);
                    } else if (event.value2() == EventType.REPLIED_FEEDBACK
                            || event.value2() == EventType.REPLIED_DECLINED) {
                        firstReply.merge(event.value1(), event.value3(), (a, b) -> a.isBefore(b) ? a : b);
                    }
                });
        var fr = FEEDBACK_REQUEST;
        return sql.select(fr.ID, fr.CLIENT_ID, CLIENT.COACH_ID, TEMPLATE.LIBRARY_ID, TEMPLATE_VERSION.TEMPLATE_ID,
                        fr.TEMPLATE_VERSION_ID, fr.WEBMAIL, fr.REJECTION_AT, fr.STATE)
                .from(fr).join(CLIENT).on(CLIENT.ID.eq(fr.CLIENT_ID))
                .leftJoin(TEMPLATE_VERSION).on(TEMPLATE_VERSION.ID.eq(fr.TEMPLATE_VERSION_ID))
                .leftJoin(TEMPLATE).on(TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID))
                .where(fr.PRACTICE_ID.eq(practice))
                .fetch(row -> {
                    Instant sent = firstSent.get(row.value1());
                    Instant reply = firstReply.get(row.value1());
                    Duration toReply = sent == null || reply == null ? null : Duration.between(sent, reply);
                    return new Recounted(row.value2().toString(), row.value3().toString(), orNil(row.value4()),
                            orNil(row.value5()), orNil(row.value6()), row.value7() == null ? "" : row.value7(),
                            YearMonth.from(LocalDate.ofInstant(row.value8(), ZONE)), row.value9(), sent,
                            sent == null ? null : Duration.between(row.value8(), sent), toReply);
                });
    }

    private static String orNil(@Nullable UUID id) {
        return id == null ? NIL : id.toString();
    }

    private UUID randomRequest() {
        var events = new ArrayList<Event>();
        double path = random.nextDouble();
        long sentAfter = random.nextInt(120 * 60);
        if (path < 0.1) {
            // logged only
        } else if (path < 0.2) {
            events.add(Event.at(EventType.DRAFTED, Duration.ofMinutes(10)));
            events.add(Event.at(EventType.WITHDRAWN, Duration.ofMinutes(20)));
        } else if (path < 0.25) {
            events.add(new Event(EventType.REPLIED_FEEDBACK, Duration.ofHours(30), EventSource.PORTAL));
        } else {
            events.add(Event.at(EventType.DRAFTED, Duration.ofMinutes(5)));
            events.add(Event.at(EventType.SENT, Duration.ofMinutes(sentAfter)));
            double outcome = random.nextDouble();
            Duration reply = Duration.ofMinutes(sentAfter + random.nextInt(40 * 24 * 60) - 60);
            if (outcome < 0.3) {
                events.add(Event.at(EventType.REPLIED_FEEDBACK, reply));
            } else if (outcome < 0.45) {
                events.add(Event.at(EventType.REPLIED_DECLINED, reply));
            } else if (outcome < 0.75) {
                events.add(Event.at(EventType.NO_REPLY, Duration.ofMinutes(sentAfter).plusDays(10)));
            } else if (outcome < 0.8) {
                events.add(Event.at(EventType.NO_REPLY, Duration.ofMinutes(sentAfter).plusDays(10)));
                events.add(Event.at(EventType.REPLIED_DECLINED, reply.plusDays(11)));
            }
        }
        String webmail = List.of("gmail", "outlook", "yahoo", "other").get(random.nextInt(4));
        return data.request(practice, clients.get(random.nextInt(clients.size())),
                versions.get(random.nextInt(versions.size())), random.nextInt(10) == 0 ? null : webmail,
                randomRejection(), clock.instant(), events.toArray(Event[]::new));
    }

    /** A rejection in the fourteen months, often within hours of a month's start (where time zones matter). */
    private Instant randomRejection() {
        YearMonth month = FIRST.plusMonths(random.nextInt(14));
        Instant start = month.atDay(1).atStartOfDay(ZONE).toInstant();
        if (random.nextInt(4) == 0) {
            return start.plus(Duration.ofMinutes(random.nextInt(12 * 60) - 6 * 60));
        }
        return start.plus(Duration.ofMinutes(random.nextInt(27 * 24 * 60)));
    }

    private Event randomLateEvent() {
        return switch (random.nextInt(4)) {
            case 0 -> Event.at(EventType.REPLIED_FEEDBACK, Duration.ofDays(12));
            case 1 -> Event.at(EventType.NO_REPLY, Duration.ofDays(15));
            case 2 -> new Event(EventType.WITHDRAWN, Duration.ofDays(3), EventSource.PORTAL);
            default -> Event.at(EventType.SENT, Duration.ofHours(random.nextInt(100)));
        };
    }
}
