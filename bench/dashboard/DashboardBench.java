package app.debrief.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.CurrentCoach;
import app.debrief.accounts.Role;
import app.debrief.bench.Medians;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The dashboard's own queries (clients needing attention, feedback themes) through the real
 * service and repositories, as the owner of the large practice and as one of its coaches: median
 * of 20 after 3 warm-ups, then the EXPLAIN of each query. The key figures are timed by ReportsBench.
 */
public final class DashboardBench {

    private static final UUID PRACTICE = UUID.fromString("10000000-0000-0000-0000-000000000000");

    public static void main(String[] args) {
        var config = new HikariConfig();
        config.setJdbcUrl(args[0]);
        config.setUsername(args[1]);
        config.setMaximumPoolSize(2);
        try (var dataSource = new HikariDataSource(config)) {
            DSLContext sql = DSL.using(dataSource, SQLDialect.MARIADB);
            // every query the service runs, kept once, for its EXPLAIN at the end of each role
            Map<String, Query> ran = new LinkedHashMap<>();
            DSLContext traced = DSL.using(sql.configuration().derive(ExecuteListener.onExecuteStart(
                    context -> ran.putIfAbsent(String.valueOf(context.sql()), context.query()))));
            for (String table : new String[] {"feedback_request", "request_event", "request_note", "note_tag"}) {
                System.out.printf("rows %-18s %,d%n", table, sql.fetchCount(DSL.table(DSL.name(table))));
            }
            var service = new RequestDashboardService(new DashboardRepository(traced), new TimelineRepository(traced),
                    new CurrentCoach(), Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));
            for (Role role : new Role[] {Role.OWNER, Role.COACH}) {
                // the owner, or the coach whose clients have the most requests waiting (the generator's
                // hashes give some coaches none at all)
                UUID coach = sql.resultQuery("""
                        SELECT co.id FROM coach co
                        LEFT JOIN client c ON c.coach_id = co.id
                        LEFT JOIN feedback_request r ON r.client_id = c.id AND r.state = 'SENT'
                        WHERE co.practice_id = ? AND co.role = ?
                        GROUP BY co.id ORDER BY COUNT(r.id) DESC, co.id LIMIT 1""", PRACTICE, role.name())
                        .fetchSingle(0, UUID.class);
                var principal = new CoachPrincipal(coach, PRACTICE, "bench@example.test", "Bench", role, true, "");
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
                String who = role == Role.OWNER ? "owner (whole practice)" : "coach (own clients)";
                Attention attention = service.attention();
                System.out.printf("-- %s: %d late rejections, %d waiting for an answer%n", who, attention.lateTotal(),
                        attention.waitingTotal());
                double total = Medians.time("attention (late rejections, waiting requests), " + who, service::attention)
                        + Medians.time("feedback themes, " + who, service::tagThemes);
                System.out.printf("%-70s        %7.2f ms%n", "dashboard queries together, " + who, total);
                System.out.println("-- EXPLAIN of each query, " + who + " (values inlined)");
                for (Query query : ran.values()) {
                    String inlined = sql.renderInlined(query);
                    System.out.println(inlined);
                    System.out.print(sql.fetch("EXPLAIN " + inlined).format());
                }
                ran.clear();
            }
        }
    }
}
