package app.debrief.reports;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.COACH;
import static app.debrief.db.jooq.Tables.PRACTICE;
import static app.debrief.db.jooq.Tables.REPORT_MONTH;
import static app.debrief.db.jooq.Tables.REPORT_MONTH_CLIENT;
import static app.debrief.db.jooq.Tables.REPORT_MONTH_COACH;
import static app.debrief.db.jooq.Tables.TEMPLATE;
import static app.debrief.db.jooq.Tables.TEMPLATE_LIBRARY;
import static app.debrief.db.jooq.Tables.TEMPLATE_VERSION;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Report queries, all on the summary tables. {@code coachId} null means every coach of the practice;
 * each method takes the practice id and reads nothing of another practice.
 */
@Repository
class ReportRepository {

    private static final UUID NIL = Measures.NIL;

    private final DSLContext sql;

    ReportRepository(DSLContext sql) {
        this.sql = sql;
    }

    /** One group of a breakdown: its key as text, and its counts. */
    record Group(String key, Counts counts) {
    }

    /**
     * The query behind every breakdown but client: report_month for most (the nil coach row holds
     * every coach), report_month_coach for the coach breakdown; a null {@code by} gives the total.
     */
    ResultQuery<Record> breakdownQuery(UUID practiceId, @Nullable Breakdown by, ReportFilter filter) {
        if (by == Breakdown.COACH) {
            var c = REPORT_MONTH_COACH;
            Condition where = c.PRACTICE_ID.eq(practiceId).and(months(c.MONTH, filter))
                    .and(filter.coachId() == null ? noCondition() : c.COACH_ID.eq(filter.coachId()))
                    .and(filter.libraryId() == null ? noCondition() : c.LIBRARY_ID.eq(filter.libraryId()));
            return sql.select(fields(c.COACH_ID.cast(String.class).as("group_key"), Measures.sums(c)))
                    .from(c).where(where).groupBy(c.COACH_ID);
        }
        var m = REPORT_MONTH;
        Condition where = m.PRACTICE_ID.eq(practiceId)
                .and(m.COACH_ID.eq(filter.coachId() == null ? NIL : filter.coachId()))
                .and(months(m.MONTH, filter))
                .and(filter.libraryId() == null ? noCondition() : m.LIBRARY_ID.eq(filter.libraryId()));
        if (by == null) {
            return sql.select(fields(inline("").as("group_key"), Measures.sums(m))).from(m).where(where);
        }
        Field<?> key = switch (by) {
            case TEMPLATE -> m.TEMPLATE_ID;
            case TEMPLATE_VERSION -> m.VERSION_ID;
            case LIBRARY -> m.LIBRARY_ID;
            case TIME_TO_SEND -> m.SPEED;
            case WEBMAIL -> m.WEBMAIL;
            case MONTH -> m.MONTH;
            case COACH, CLIENT -> throw new IllegalArgumentException("not a report_month breakdown: " + by);
        };
        return sql.select(fields(key.cast(String.class).as("group_key"), Measures.sums(m)))
                .from(m).where(where).groupBy(key);
    }

    List<Group> breakdown(UUID practiceId, @Nullable Breakdown by, ReportFilter filter) {
        return breakdownQuery(practiceId, by, filter).fetch(ReportRepository::group);
    }

    /**
     * A page of the client breakdown: the practice's (or the coach's) clients by name, each with the
     * sums of their summary rows in the months (zero when they logged nothing then). Paging clients
     * by name through the (practice_id, name) index keeps each page cheap however many clients there are.
     */
    ResultQuery<Record> clientPageQuery(UUID practiceId, ReportFilter filter, int offset, int limit) {
        var k = REPORT_MONTH_CLIENT;
        var page = select(CLIENT.ID, CLIENT.NAME, CLIENT.COACH_ID)
                .from(CLIENT)
                .where(clientsOf(practiceId, filter))
                .orderBy(CLIENT.NAME, CLIENT.ID)
                .limit(limit).offset(offset)
                .asTable("p");
        Field<UUID> id = page.field(CLIENT.ID);
        Field<String> name = page.field(CLIENT.NAME);
        return sql.select(fields(id.cast(String.class).as("group_key"), Measures.sums(k), List.of(name,
                        COACH.DISPLAY_NAME)))
                .from(page)
                .join(COACH).on(COACH.ID.eq(page.field(CLIENT.COACH_ID)))
                .leftJoin(k).on(k.PRACTICE_ID.eq(practiceId), k.CLIENT_ID.eq(id), months(k.MONTH, filter),
                        filter.libraryId() == null ? noCondition() : k.LIBRARY_ID.eq(filter.libraryId()))
                .groupBy(id, name, COACH.DISPLAY_NAME)
                .orderBy(name, id);
    }

    record ClientGroup(UUID clientId, String name, String coachName, Counts counts) {
    }

    List<ClientGroup> clientPage(UUID practiceId, ReportFilter filter, int offset, int limit) {
        return clientPageQuery(practiceId, filter, offset, limit).fetch(row -> new ClientGroup(
                UUID.fromString(row.get("group_key", String.class)), row.get(CLIENT.NAME),
                row.get(COACH.DISPLAY_NAME), Measures.counts(row)));
    }

    ResultQuery<?> clientCountQuery(UUID practiceId, ReportFilter filter) {
        return sql.selectCount().from(CLIENT).where(clientsOf(practiceId, filter));
    }

    int clientCount(UUID practiceId, ReportFilter filter) {
        return ((Number) clientCountQuery(practiceId, filter).fetchSingle().get(0)).intValue();
    }

    private static Condition clientsOf(UUID practiceId, ReportFilter filter) {
        Condition condition = CLIENT.PRACTICE_ID.eq(practiceId);
        return filter.coachId() == null ? condition : condition.and(CLIENT.COACH_ID.eq(filter.coachId()));
    }

    ZoneId zone(UUID practiceId) {
        return sql.select(PRACTICE.TIME_ZONE).from(PRACTICE).where(PRACTICE.ID.eq(practiceId))
                .fetchOptional(PRACTICE.TIME_ZONE).map(ZoneId::of).orElse(ZoneId.of("UTC"));
    }

    /** The earliest month with any request, from the practice-wide summary. */
    Optional<YearMonth> firstMonth(UUID practiceId) {
        return Optional.ofNullable(sql.select(min(REPORT_MONTH_COACH.MONTH)).from(REPORT_MONTH_COACH)
                .where(REPORT_MONTH_COACH.PRACTICE_ID.eq(practiceId)).fetchSingle().value1()).map(YearMonth::from);
    }

    /** Coaches of the practice (or just the one), by name. */
    List<ReportOption> coaches(UUID practiceId, @Nullable UUID onlyCoach) {
        Condition where = COACH.PRACTICE_ID.eq(practiceId);
        if (onlyCoach != null) {
            where = where.and(COACH.ID.eq(onlyCoach));
        }
        return sql.select(COACH.ID, COACH.DISPLAY_NAME).from(COACH).where(where)
                .orderBy(COACH.DISPLAY_NAME, COACH.ID)
                .fetch(row -> new ReportOption(row.value1(), row.value2()));
    }

    List<ReportOption> libraries(UUID practiceId) {
        return sql.select(TEMPLATE_LIBRARY.ID, TEMPLATE_LIBRARY.NAME).from(TEMPLATE_LIBRARY)
                .where(TEMPLATE_LIBRARY.PRACTICE_ID.eq(practiceId))
                .orderBy(TEMPLATE_LIBRARY.NAME, TEMPLATE_LIBRARY.ID)
                .fetch(row -> new ReportOption(row.value1(), row.value2()));
    }

    /** Templates that have a published version (only those can have requests), by library and name. */
    List<ReportOption> templates(UUID practiceId) {
        return sql.select(TEMPLATE.ID, TEMPLATE.NAME, TEMPLATE_LIBRARY.NAME).from(TEMPLATE)
                .join(TEMPLATE_LIBRARY).on(TEMPLATE_LIBRARY.ID.eq(TEMPLATE.LIBRARY_ID))
                .where(TEMPLATE.PRACTICE_ID.eq(practiceId), TEMPLATE.CURRENT_VERSION.gt(0))
                .orderBy(TEMPLATE.NAME, TEMPLATE_LIBRARY.NAME, TEMPLATE.ID)
                .fetch(row -> new ReportOption(row.value1(), row.value2() + " (" + row.value3() + ")"));
    }

    /** How each template, version and library of the practice reads in a report: name and library. */
    record Label(String name, String detail) {
    }

    Map<UUID, Label> templateLabels(UUID practiceId) {
        var labels = new HashMap<UUID, Label>();
        sql.select(TEMPLATE.ID, TEMPLATE.NAME, TEMPLATE_LIBRARY.NAME).from(TEMPLATE)
                .join(TEMPLATE_LIBRARY).on(TEMPLATE_LIBRARY.ID.eq(TEMPLATE.LIBRARY_ID))
                .where(TEMPLATE.PRACTICE_ID.eq(practiceId))
                .forEach(row -> labels.put(row.value1(), new Label(row.value2(), row.value3())));
        return labels;
    }

    Map<UUID, Label> versionLabels(UUID practiceId) {
        var labels = new HashMap<UUID, Label>();
        sql.select(TEMPLATE_VERSION.ID, TEMPLATE.NAME, TEMPLATE_VERSION.VERSION, TEMPLATE_LIBRARY.NAME)
                .from(TEMPLATE_VERSION)
                .join(TEMPLATE).on(TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID))
                .join(TEMPLATE_LIBRARY).on(TEMPLATE_LIBRARY.ID.eq(TEMPLATE.LIBRARY_ID))
                .where(TEMPLATE_VERSION.PRACTICE_ID.eq(practiceId))
                .forEach(row -> labels.put(row.value1(),
                        new Label(row.value2() + " v" + row.value3(), row.value4())));
        return labels;
    }

    Map<UUID, String> libraryNames(UUID practiceId) {
        var names = new HashMap<UUID, String>();
        libraries(practiceId).forEach(library -> names.put(library.id(), library.name()));
        return names;
    }

    boolean coachInPractice(UUID practiceId, UUID coachId) {
        return sql.fetchExists(COACH, COACH.PRACTICE_ID.eq(practiceId), COACH.ID.eq(coachId));
    }

    boolean libraryInPractice(UUID practiceId, UUID libraryId) {
        return sql.fetchExists(TEMPLATE_LIBRARY, TEMPLATE_LIBRARY.PRACTICE_ID.eq(practiceId),
                TEMPLATE_LIBRARY.ID.eq(libraryId));
    }

    boolean templateInPractice(UUID practiceId, UUID templateId) {
        return sql.fetchExists(TEMPLATE, TEMPLATE.PRACTICE_ID.eq(practiceId), TEMPLATE.ID.eq(templateId));
    }

    /** Counts of one template (all its versions) under the filter. */
    Counts template(UUID practiceId, UUID templateId, ReportFilter filter) {
        var m = REPORT_MONTH;
        return sql.select(Measures.sums(m)).from(m)
                .where(m.PRACTICE_ID.eq(practiceId), m.COACH_ID.eq(filter.coachId() == null ? NIL : filter.coachId()),
                        months(m.MONTH, filter), m.TEMPLATE_ID.eq(templateId))
                .and(filter.libraryId() == null ? noCondition() : m.LIBRARY_ID.eq(filter.libraryId()))
                .fetchSingle(Measures::counts);
    }

    private static Condition months(Field<LocalDate> month, ReportFilter filter) {
        return month.between(filter.from().atDay(1), filter.to().atDay(1));
    }

    private static Group group(Record row) {
        return new Group(row.get("group_key", String.class), Measures.counts(row));
    }

    private static List<SelectField<?>> fields(Field<?> key, List<? extends Field<?>> sums) {
        return fields(key, sums, List.of());
    }

    private static List<SelectField<?>> fields(Field<?> key, List<? extends Field<?>> sums,
            List<? extends Field<?>> more) {
        var all = new ArrayList<SelectField<?>>();
        all.add(key);
        all.addAll(sums);
        all.addAll(more);
        return all;
    }
}
