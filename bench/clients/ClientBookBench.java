package app.debrief.clients;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.COACH;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.CurrentCoach;
import app.debrief.accounts.Role;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Times the client book's queries on a generated practice (10,000 clients, 50 coaches), through the
 * real ClientService and ClientRepository: the SQL measured is the SQL jOOQ renders for the grid.
 * Each query runs 3 times to warm up, then 20 times; the server's own time for each run comes from
 * MariaDB's session profiling (SHOW PROFILES), the round trip (JDBC on loopback plus jOOQ's mapping)
 * from the wall clock. One more run counts the rows the server read (the session's Handler_read_*
 * counters, every table together), and each query's EXPLAIN is printed at the end.
 * Usage: ClientBookBench <jdbc url> <user>
 */
public final class ClientBookBench {

    static final UUID PRACTICE = UUID.fromString("10000000-0000-0000-0000-000000000000");
    static final UUID OWNER = UUID.fromString("20000000-0000-0000-0000-000000000001");
    static final UUID COACH_2 = UUID.fromString("20000000-0000-0000-0000-000000000002");
    static final UUID COACH_7 = UUID.fromString("20000000-0000-0000-0000-000000000007");
    static final int WARM_UP = 3;
    static final int RUNS = 20;
    static final double LIMIT_MS = 50;
    static final double CONTAINS_LIMIT_MS = 150;
    /** The grid's page: Vaadin's Grid asks for 50 rows at a time. */
    static final int PAGE = 50;

    private final DSLContext sql;
    private final ClientService clients;
    private final List<Measured> measured = new ArrayList<>();
    private final List<String> unindexed = new ArrayList<>();
    private @Nullable Query lastQuery;
    private String lastSql = "";

    record Measured(String name, double limitMs, double serverMedian, double serverMax, double roundTripMedian,
            int rows, long rowReads, String plan, Query query) {
    }

    private ClientBookBench(Connection connection) {
        var settings = new Settings().withRenderGroupConcatMaxLenSessionVariable(false); // as the application's
        this.sql = DSL.using(connection, SQLDialect.MARIADB, settings);
        DSLContext traced = DSL.using(sql.configuration().derive(ExecuteListener.onExecuteStart(
                context -> {
                    lastQuery = context.query();
                    lastSql = String.valueOf(context.sql());
                })));
        this.clients = new ClientService(new ClientRepository(traced), new CurrentCoach(), Clock.systemUTC(),
                event -> {
                });
    }

    public static void main(String[] args) throws SQLException {
        try (var connection = DriverManager.getConnection(args[0], args[1], "")) {
            new ClientBookBench(connection).run();
        }
    }

    private void run() {
        sql.execute("SET SESSION profiling = 1");
        sql.execute("SET SESSION profiling_history_size = 100");
        var active = new ClientFilter("", ClientStatus.ACTIVE, null);
        var both = ClientFilter.ALL;

        signIn(OWNER, Role.OWNER);
        System.out.println("-- the owner: every coach's clients (the grid opens on Active, sorted by name)");
        page("first page", active, ClientOrder.BY_NAME);
        count("count for paging", active);
        count("count of the whole book (empty state)", both);
        page("page 100 (rows 4,951-5,000)", active, ClientOrder.BY_NAME, 4950);
        for (var filter : List.of(active, both)) {
            String label = filter == active ? "active" : "active + archived";
            for (var by : ClientSort.values()) {
                for (boolean descending : new boolean[] {false, true}) {
                    page("sort by " + by.name().toLowerCase(Locale.ROOT) + (descending ? " desc" : "") + ", " + label,
                            filter, new ClientOrder(by, descending));
                }
            }
        }
        for (String prefix : List.of("m", "mar", "maria lo", "lopez", "f.we", "zzz")) {
            var filter = new ClientFilter(prefix, ClientStatus.ACTIVE, null);
            page("prefix '" + prefix + "'", filter, ClientOrder.BY_NAME);
            count("count, prefix '" + prefix + "'", filter);
        }
        page("prefix 'mar', sort by created desc", new ClientFilter("mar", ClientStatus.ACTIVE, null),
                new ClientOrder(ClientSort.CREATED, true));
        var archived = new ClientFilter("", ClientStatus.ARCHIVED, null);
        page("status archived", archived, ClientOrder.BY_NAME);
        count("count, status archived", archived);
        var oneCoach = new ClientFilter("", ClientStatus.ACTIVE, COACH_7);
        page("coach filter", oneCoach, ClientOrder.BY_NAME);
        count("count, coach filter", oneCoach);
        page("coach filter, sort by created desc", oneCoach, new ClientOrder(ClientSort.CREATED, true));
        page("coach filter + prefix 'm'", new ClientFilter("m", ClientStatus.ACTIVE, COACH_7), ClientOrder.BY_NAME);

        signIn(COACH_2, Role.COACH);
        System.out.println("-- a coach: their own clients");
        page("first page", active, ClientOrder.BY_NAME);
        count("count for paging", active);
        count("count of the whole book (empty state)", both);
        for (var by : List.of(ClientSort.EMAIL, ClientSort.STATUS, ClientSort.CREATED)) {
            page("sort by " + by.name().toLowerCase(Locale.ROOT) + ", active + archived", both,
                    new ClientOrder(by, false));
        }
        page("prefix 'mar'", new ClientFilter("mar", ClientStatus.ACTIVE, null), ClientOrder.BY_NAME);
        page("status archived", archived, ClientOrder.BY_NAME);

        System.out.println("-- not offered by the client book (it searches by prefix), for reference: a \"contains\""
                + " search, hand-written jOOQ");
        for (String part : List.of("arc", "qz")) {
            String pattern = "%" + part + "%";
            var contains = sql.select(CLIENT.ID, CLIENT.NAME, CLIENT.EMAIL, CLIENT.TARGET_FIELD, CLIENT.STATUS,
                            CLIENT.COACH_ID, COACH.DISPLAY_NAME, CLIENT.CREATED_AT)
                    .from(CLIENT).straightJoin(COACH).on(COACH.ID.eq(CLIENT.COACH_ID))
                    .where(CLIENT.PRACTICE_ID.eq(PRACTICE), CLIENT.STATUS.eq(ClientStatus.ACTIVE),
                            CLIENT.NAME.like(pattern).or(CLIENT.EMAIL.like(pattern)))
                    .orderBy(CLIENT.NAME, CLIENT.ID).limit(PAGE);
            measure("contains '" + part + "' (name or email), owner", CONTAINS_LIMIT_MS, () -> contains.fetch().size(),
                    contains);
        }

        explainAll();
        summary();
    }

    private void page(String name, ClientFilter filter, ClientOrder order) {
        page(name, filter, order, 0);
    }

    private void page(String name, ClientFilter filter, ClientOrder order, int offset) {
        measure(name, LIMIT_MS, () -> clients.page(filter, order, offset, PAGE).size(), null);
    }

    private void count(String name, ClientFilter filter) {
        measure(name, LIMIT_MS, () -> clients.count(filter), null);
    }

    /** Runs {@code query} (one statement) and times it; {@code explained} is what it runs, else the traced SQL. */
    private void measure(String name, double limitMs, Supplier<Integer> query, @Nullable Query explained) {
        lastQuery = null;
        int rows = 0;
        for (int i = 0; i < WARM_UP; i++) {
            rows = query.get();
        }
        Query rendered = explained != null ? explained : lastQuery;
        String renderedSql = lastSql;
        double[] server = new double[RUNS];
        double[] roundTrip = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            roundTrip[i] = (System.nanoTime() - start) / 1e6;
            server[i] = lastProfiledMillis();
        }
        if (rendered == null || explained == null && !renderedSql.equals(lastSql)) {
            throw new IllegalStateException(name + ": not one and the same statement on each run");
        }
        long before = handlerReads();
        query.get();
        long rowReads = handlerReads() - before;
        Arrays.sort(server);
        Arrays.sort(roundTrip);
        var result = new Measured(name, limitMs, median(server), server[RUNS - 1], median(roundTrip), rows, rowReads,
                planGist(name, rendered), rendered);
        measured.add(result);
        System.out.printf("%-50s server median %6.2f ms  min %6.2f  max %6.2f   round trip median %6.2f ms"
                + "   %-11s row reads %,6d   %s%s%n", name, result.serverMedian(), server[0], result.serverMax(),
                result.roundTripMedian(),
                name.startsWith("count") ? String.format("= %,d", rows) : String.format("%,d rows", rows), rowReads,
                result.plan(), result.serverMedian() > limitMs ? "   OVER " + (int) limitMs + " ms" : "");
    }

    /** The duration the server recorded for the newest statement of this session. */
    private double lastProfiledMillis() {
        var profiles = sql.fetch("SHOW PROFILES");
        Record last = profiles.get(profiles.size() - 1);
        return ((Number) last.get("Duration")).doubleValue() * 1000;
    }

    /** Rows (index entries or table rows) this session's statements have read so far, every table together. */
    private long handlerReads() {
        return sql.fetch("SHOW SESSION STATUS LIKE 'Handler_read%'").stream()
                .mapToLong(row -> Long.parseLong(String.valueOf(row.get(1)))).sum();
    }

    private static double median(double[] sorted) {
        return (sorted[RUNS / 2 - 1] + sorted[RUNS / 2]) / 2;
    }

    /** Each table in join order with the index and access type the server chose, and whether it sorts. */
    private String planGist(String name, Query query) {
        var plan = sql.fetch("EXPLAIN " + sql.renderInlined(query));
        var gist = new StringBuilder();
        boolean sorts = false;
        boolean temporary = false;
        for (Record row : plan) {
            gist.append(gist.isEmpty() ? "" : " > ").append(row.get("table")).append(' ')
                    .append(row.get("key") == null ? "NO INDEX" : row.get("key")).append(" (").append(row.get("type"))
                    .append(')');
            String extra = String.valueOf(row.get("Extra"));
            sorts |= extra.contains("filesort");
            temporary |= extra.contains("temporary");
            if ("client".equals(row.get("table")) && (row.get("key") == null || "ALL".equals(row.get("type")))) {
                unindexed.add(name);
            }
        }
        return gist + (temporary ? ", temporary" : "") + (sorts ? ", filesort" : ", no sort");
    }

    private void explainAll() {
        System.out.println();
        System.out.println("-- EXPLAIN of each query above, as jOOQ renders it (values inlined)");
        for (Measured m : measured) {
            String inlined = sql.renderInlined(m.query());
            System.out.println("# " + m.name());
            System.out.println(inlined);
            System.out.print(sql.fetch("EXPLAIN " + inlined).format());
        }
    }

    private void summary() {
        System.out.println();
        System.out.println("-- summary (server time, median of " + RUNS + " after " + WARM_UP + " warm-ups)");
        System.out.println("| query | median ms | max ms | round trip ms | rows | row reads | plan |");
        System.out.println("|---|---:|---:|---:|---:|---:|---|");
        for (Measured m : measured) {
            System.out.printf("| %s | %.2f | %.2f | %.2f | %,d | %,d | %s |%n", m.name(), m.serverMedian(),
                    m.serverMax(), m.roundTripMedian(), m.rows(), m.rowReads(), m.plan());
        }
        var slowest = measured.stream().filter(m -> m.limitMs() == LIMIT_MS)
                .max((a, b) -> Double.compare(a.serverMedian(), b.serverMedian())).orElseThrow();
        System.out.printf("slowest client book query: %s, server median %.2f ms (round trip %.2f ms)%n",
                slowest.name(), slowest.serverMedian(), slowest.roundTripMedian());
        var over = measured.stream().filter(m -> m.serverMedian() > m.limitMs()).map(Measured::name).toList();
        System.out.println("over their limit (50 ms; 150 ms for contains): " + (over.isEmpty() ? "none" : over));
        System.out.println("queries that read the client table without an index: "
                + (unindexed.isEmpty() ? "none" : unindexed));
    }

    private static void signIn(UUID coach, Role role) {
        var principal = new CoachPrincipal(coach, PRACTICE, "bench@example.test", "Bench", role, true, "");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
