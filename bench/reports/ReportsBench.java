package app.debrief.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.CurrentCoach;
import app.debrief.accounts.Role;
import app.debrief.bench.Medians;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Refreshes the summaries of a generated database, then times every report query of the large
 * practice (median of 20 after 3 warm-ups, wall time of the JDBC round trip on loopback) and prints
 * the EXPLAIN of each. Usage: ReportsBench <jdbc url> <user> [explain]
 */
public final class ReportsBench {

    static final UUID PRACTICE = UUID.fromString("10000000-0000-0000-0000-000000000000");
    static final UUID OWNER = UUID.fromString("20000000-0000-0000-0000-000000000001");
    static final UUID COACH = UUID.fromString("20000000-0000-0000-0000-000000000002");
    static final UUID LIBRARY = UUID.fromString("40000000-0000-0000-0000-000000000001");
    static final UUID TEMPLATE_A = UUID.fromString("50000000-0000-0000-0000-000000000001");
    static final UUID TEMPLATE_B = UUID.fromString("50000000-0000-0000-0000-000000000002");

    public static void main(String[] args) {
        var config = new HikariConfig();
        config.setJdbcUrl(args[0]);
        config.setUsername(args[1]);
        config.setMaximumPoolSize(4);
        try (var dataSource = new HikariDataSource(config)) {
            DSLContext sql = DSL.using(new TransactionAwareDataSourceProxy(dataSource), SQLDialect.MARIADB);
            var refresher = new ReportRefresher(new RollupRepository(sql), new DataSourceTransactionManager(dataSource));
            long start = System.nanoTime();
            refresher.refreshAll();
            System.out.printf("refresh of every practice: %.1f s%n", (System.nanoTime() - start) / 1e9);
            for (String table : List.of("feedback_request", "request_event", "report_request", "report_month",
                    "report_month_coach", "report_month_client")) {
                System.out.printf("rows %-20s %,d%n", table, sql.fetchCount(DSL.table(DSL.name(table))));
            }
            start = System.nanoTime();
            refresher.refreshAll();
            System.out.printf("refresh again, nothing new: %.3f s%n", (System.nanoTime() - start) / 1e9);
            var repository = new ReportRepository(sql);
            var service = new ReportService(repository, new CurrentCoach(),
                    Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));
            time(service, repository, sql, args.length > 2);
        }
    }

    private static void time(ReportService reports, ReportRepository repository, DSLContext sql, boolean explain) {
        var all = ReportFilter.months(YearMonth.of(2023, 12), YearMonth.of(2026, 11));
        var year = ReportFilter.months(YearMonth.of(2025, 12), YearMonth.of(2026, 11));
        var queries = new LinkedHashMap<String, Supplier<?>>();
        for (var filter : Map.of("3 years", all, "12 months", year, "12 months, one library", year.withLibrary(LIBRARY))
                .entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            String name = filter.getKey();
            ReportFilter f = filter.getValue();
            queries.put("total, " + name, () -> reports.total(f));
            for (var by : Breakdown.values()) {
                if (by == Breakdown.CLIENT) {
                    queries.put("by client (page of 50), " + name, () -> reports.clientPage(f, 0, 50));
                    queries.put("by client (last page), " + name, () -> reports.clientPage(f, 4950, 50));
                    queries.put("client count, " + name, () -> reports.clientCount(f));
                } else {
                    queries.put("by " + by.label().toLowerCase() + ", " + name, () -> reports.breakdown(by, f));
                }
            }
            queries.put("compare two templates, " + name, () -> reports.compare(TEMPLATE_A, TEMPLATE_B, f));
        }
        queries.put("choices", reports::choices);
        queries.put("key figures (dashboard)", reports::keyFigures);

        signIn(OWNER, Role.OWNER);
        System.out.println("-- owner of the large practice (every coach)");
        var medians = new ArrayList<Double>();
        for (var query : queries.entrySet()) {
            medians.add(Medians.time(query.getKey(), query.getValue()));
        }
        System.out.printf("slowest median: %.2f ms%n", medians.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        Medians.time("reports view on opening (choices, total, by month, by template)", () -> {
            reports.choices();
            reports.total(year);
            reports.breakdown(Breakdown.MONTH, year);
            return reports.breakdown(Breakdown.TEMPLATE, year);
        });
        Medians.time("reports view, every table once (3 years)", () -> {
            reports.choices();
            reports.total(all);
            for (var by : Breakdown.values()) {
                if (by != Breakdown.CLIENT) {
                    reports.breakdown(by, all);
                }
            }
            reports.clientPage(all, 0, 50);
            reports.clientCount(all);
            return reports.compare(TEMPLATE_A, TEMPLATE_B, all);
        });
        Medians.time("CSV export of every client (5,000 rows, 3 years)", () -> reports.breakdown(Breakdown.CLIENT, all));

        signIn(COACH, Role.COACH);
        System.out.println("-- a coach of the large practice (their own clients)");
        for (var query : queries.entrySet()) {
            Medians.time(query.getKey(), query.getValue());
        }
        Medians.time("reports view on opening (choices, total, by month, by template)", () -> {
            reports.choices();
            reports.total(year);
            reports.breakdown(Breakdown.MONTH, year);
            return reports.breakdown(Breakdown.TEMPLATE, year);
        });

        if (explain) {
            System.out.println("-- EXPLAIN of each summary query (owner, 3 years)");
            var explained = new LinkedHashMap<String, Query>();
            explained.put("total", repository.breakdownQuery(PRACTICE, null, all));
            for (var by : Breakdown.values()) {
                if (by != Breakdown.CLIENT) {
                    explained.put("by " + by.label().toLowerCase(), repository.breakdownQuery(PRACTICE, by, all));
                }
            }
            explained.put("by template, one coach", repository.breakdownQuery(PRACTICE, Breakdown.TEMPLATE,
                    all.withCoach(COACH)));
            explained.put("client page", repository.clientPageQuery(PRACTICE, all, 0, 50));
            explained.put("client count", repository.clientCountQuery(PRACTICE, all));
            for (var query : explained.entrySet()) {
                System.out.println("# " + query.getKey());
                System.out.println(sql.renderInlined(query.getValue()));
                System.out.println(sql.fetch("EXPLAIN " + sql.renderInlined(query.getValue())).format());
            }
        }
    }

    private static void signIn(UUID coach, Role role) {
        var principal = new CoachPrincipal(coach, PRACTICE, "bench@example.test", "Bench", role, true, "");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
