package app.debrief.reports;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.FEEDBACK_REQUEST;
import static app.debrief.db.jooq.Tables.PRACTICE;
import static app.debrief.db.jooq.Tables.REPORT_CLIENT;
import static app.debrief.db.jooq.Tables.REPORT_DIRTY_MONTH;
import static app.debrief.db.jooq.Tables.REPORT_MONTH;
import static app.debrief.db.jooq.Tables.REPORT_MONTH_CLIENT;
import static app.debrief.db.jooq.Tables.REPORT_MONTH_COACH;
import static app.debrief.db.jooq.Tables.REPORT_REFRESH;
import static app.debrief.db.jooq.Tables.REPORT_REQUEST;
import static app.debrief.db.jooq.Tables.REQUEST_EVENT;
import static app.debrief.db.jooq.Tables.TEMPLATE;
import static app.debrief.db.jooq.Tables.TEMPLATE_VERSION;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.debrief.requests.EventType;
import app.debrief.requests.RequestState;
import org.jooq.CaseConditionStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The set-based statements that keep the summaries: each reads and writes one practice, and each is
 * idempotent, so two nodes running them at once reach the same rows.
 */
@Repository
class RollupRepository {

    private static final UUID NIL = Measures.NIL;

    private final DSLContext sql;

    RollupRepository(DSLContext sql) {
        this.sql = sql;
    }

    List<UUID> practices() {
        return sql.select(PRACTICE.ID).from(PRACTICE).orderBy(PRACTICE.ID).fetch(PRACTICE.ID);
    }

    ZoneId zone(UUID practiceId) {
        return sql.select(PRACTICE.TIME_ZONE).from(PRACTICE).where(PRACTICE.ID.eq(practiceId))
                .fetchOptional(PRACTICE.TIME_ZONE).map(ZoneId::of).orElse(ZoneId.of("UTC"));
    }

    Optional<Instant> watermark(UUID practiceId) {
        return sql.select(REPORT_REFRESH.REFRESHED_THROUGH).from(REPORT_REFRESH)
                .where(REPORT_REFRESH.PRACTICE_ID.eq(practiceId)).fetchOptional(REPORT_REFRESH.REFRESHED_THROUGH);
    }

    Optional<Instant> latestUpdate(UUID practiceId) {
        return Optional.ofNullable(sql.select(max(FEEDBACK_REQUEST.UPDATED_AT)).from(FEEDBACK_REQUEST)
                .where(FEEDBACK_REQUEST.PRACTICE_ID.eq(practiceId)).fetchSingle().value1());
    }

    /**
     * Requests of the practice updated in (after, through] whose summary row is missing or older than
     * the request: the ones to take in again.
     */
    Condition changed(UUID practiceId, @Nullable Instant after, Instant through) {
        var fr = FEEDBACK_REQUEST;
        Condition condition = fr.PRACTICE_ID.eq(practiceId).and(fr.UPDATED_AT.le(through));
        if (after != null) {
            condition = condition.and(fr.UPDATED_AT.gt(after));
        }
        return condition.andNotExists(select(inline(1)).from(REPORT_REQUEST)
                .where(REPORT_REQUEST.REQUEST_ID.eq(fr.ID), REPORT_REQUEST.SOURCE_UPDATED_AT.eq(fr.UPDATED_AT)));
    }

    /** The earliest and latest rejection among the changed requests, to know which months they fall in. */
    Optional<Record3<Instant, Instant, Integer>> changedSpan(Condition changed) {
        return sql.select(min(FEEDBACK_REQUEST.REJECTION_AT), max(FEEDBACK_REQUEST.REJECTION_AT),
                        org.jooq.impl.DSL.count())
                .from(FEEDBACK_REQUEST).where(changed)
                .fetchOptional().filter(row -> row.value3() > 0);
    }

    /** Marks the months the changed requests were counted in so far, and the months they fall in now. */
    void markChangedMonths(UUID practiceId, Condition changed, Table<?> months, UUID token) {
        var fr = FEEDBACK_REQUEST;
        var dirty = REPORT_DIRTY_MONTH;
        sql.insertInto(dirty, dirty.PRACTICE_ID, dirty.MONTH, dirty.TOKEN)
                .select(selectDistinct(val(practiceId), REPORT_REQUEST.MONTH, val(token))
                        .from(fr).join(REPORT_REQUEST).on(REPORT_REQUEST.REQUEST_ID.eq(fr.ID))
                        .where(changed))
                .onDuplicateKeyUpdate().set(dirty.TOKEN, token)
                .execute();
        sql.insertInto(dirty, dirty.PRACTICE_ID, dirty.MONTH, dirty.TOKEN)
                .select(selectDistinct(val(practiceId), monthOf(months), val(token))
                        .from(fr).join(months).on(inMonth(months))
                        .where(changed))
                .onDuplicateKeyUpdate().set(dirty.TOKEN, token)
                .execute();
    }

    /** Marks every month of clients handed to another coach since the last refresh, and notes their new coach. */
    void markReassignedClients(UUID practiceId, UUID token) {
        var dirty = REPORT_DIRTY_MONTH;
        sql.insertInto(dirty, dirty.PRACTICE_ID, dirty.MONTH, dirty.TOKEN)
                .select(selectDistinct(val(practiceId), REPORT_REQUEST.MONTH, val(token))
                        .from(REPORT_CLIENT)
                        .join(CLIENT).on(CLIENT.ID.eq(REPORT_CLIENT.CLIENT_ID))
                        .join(REPORT_REQUEST).on(REPORT_REQUEST.CLIENT_ID.eq(REPORT_CLIENT.CLIENT_ID))
                        .where(REPORT_CLIENT.PRACTICE_ID.eq(practiceId), CLIENT.COACH_ID.ne(REPORT_CLIENT.COACH_ID)))
                .onDuplicateKeyUpdate().set(dirty.TOKEN, token)
                .execute();
        sql.insertInto(REPORT_CLIENT, REPORT_CLIENT.PRACTICE_ID, REPORT_CLIENT.CLIENT_ID, REPORT_CLIENT.COACH_ID)
                .select(select(CLIENT.PRACTICE_ID, CLIENT.ID, CLIENT.COACH_ID)
                        .from(CLIENT).leftJoin(REPORT_CLIENT).on(REPORT_CLIENT.CLIENT_ID.eq(CLIENT.ID),
                                REPORT_CLIENT.PRACTICE_ID.eq(practiceId))
                        .where(CLIENT.PRACTICE_ID.eq(practiceId))
                        .and(REPORT_CLIENT.CLIENT_ID.isNull().or(REPORT_CLIENT.COACH_ID.ne(CLIENT.COACH_ID))))
                .onDuplicateKeyUpdate().set(REPORT_CLIENT.COACH_ID, CLIENT.COACH_ID)
                .execute();
    }

    /** Writes (or rewrites) the summary row of every changed request. */
    int upsertRequests(Condition changed, Table<?> months) {
        var fr = FEEDBACK_REQUEST;
        var f = REPORT_REQUEST;
        Field<Instant> firstSent = firstEvent(fr.ID, REQUEST_EVENT.TYPE.eq(EventType.SENT));
        Field<Instant> firstReply = firstEvent(fr.ID,
                REQUEST_EVENT.TYPE.in(EventType.REPLIED_FEEDBACK, EventType.REPLIED_DECLINED));
        var c = select(fr.PRACTICE_ID.as("practice_id"), monthOf(months).as("month"), fr.ID.as("request_id"),
                fr.CLIENT_ID.as("client_id"), coalesce(TEMPLATE.LIBRARY_ID, val(NIL)).as("library_id"),
                coalesce(TEMPLATE_VERSION.TEMPLATE_ID, val(NIL)).as("template_id"),
                coalesce(fr.TEMPLATE_VERSION_ID, val(NIL)).as("version_id"),
                coalesce(fr.WEBMAIL, inline("")).as("webmail"),
                field(fr.STATE.getQualifiedName(), String.class).as("state"),
                fr.REJECTION_AT.as("rejection_at"), firstSent.as("sent_at"), firstReply.as("reply_at"),
                fr.UPDATED_AT.as("updated_at"))
                .from(fr)
                .join(months).on(inMonth(months))
                .leftJoin(TEMPLATE_VERSION).on(TEMPLATE_VERSION.ID.eq(fr.TEMPLATE_VERSION_ID))
                .leftJoin(TEMPLATE).on(TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID))
                .where(changed)
                .asTable("c");
        Field<Instant> sentAt = c.field("sent_at", Instant.class);
        Field<Instant> replyAt = c.field("reply_at", Instant.class);
        Field<Integer> toSend = seconds(c.field("rejection_at", Instant.class), sentAt);
        Field<String> state = c.field("state", String.class);
        Field<String> speed = when(sentAt.isNull(), inline(SendSpeed.NOT_SENT.name()))
                .when(toSend.lt(inline(SendSpeed.DAY_SECONDS)), inline(SendSpeed.UNDER_24H.name()))
                .when(toSend.lt(inline(SendSpeed.THREE_DAYS_SECONDS)), inline(SendSpeed.H24_TO_72H.name()))
                .else_(inline(SendSpeed.OVER_72H.name()));
        Field<Byte> replyBucket = when(state.in(RequestState.REPLIED_FEEDBACK.name(),
                RequestState.REPLIED_DECLINED.name()).and(sentAt.isNotNull()).and(replyAt.isNotNull()),
                replyBucket(seconds(sentAt, replyAt))).else_(inline((Byte) null));
        return sql.insertInto(f, f.PRACTICE_ID, f.MONTH, f.REQUEST_ID, f.CLIENT_ID, f.LIBRARY_ID, f.TEMPLATE_ID,
                        f.VERSION_ID, f.WEBMAIL, f.SPEED, f.STATE, f.SENT, f.REPLY_BUCKET, f.SOURCE_UPDATED_AT)
                .select(select(c.field("practice_id", UUID.class), c.field("month", LocalDate.class),
                        c.field("request_id", UUID.class), c.field("client_id", UUID.class),
                        c.field("library_id", UUID.class), c.field("template_id", UUID.class),
                        c.field("version_id", UUID.class), c.field("webmail", String.class), speed, state,
                        field(sentAt.isNotNull()), replyBucket, c.field("updated_at", Instant.class))
                        .from(c))
                .onDuplicateKeyUpdate()
                .set(f.PRACTICE_ID, excluded(f.PRACTICE_ID))
                .set(f.MONTH, excluded(f.MONTH))
                .set(f.CLIENT_ID, excluded(f.CLIENT_ID))
                .set(f.LIBRARY_ID, excluded(f.LIBRARY_ID))
                .set(f.TEMPLATE_ID, excluded(f.TEMPLATE_ID))
                .set(f.VERSION_ID, excluded(f.VERSION_ID))
                .set(f.WEBMAIL, excluded(f.WEBMAIL))
                .set(f.SPEED, excluded(f.SPEED))
                .set(f.STATE, excluded(f.STATE))
                .set(f.SENT, excluded(f.SENT))
                .set(f.REPLY_BUCKET, excluded(f.REPLY_BUCKET))
                .set(f.SOURCE_UPDATED_AT, excluded(f.SOURCE_UPDATED_AT))
                .execute();
    }

    void advanceWatermark(UUID practiceId, Instant through) {
        sql.insertInto(REPORT_REFRESH, REPORT_REFRESH.PRACTICE_ID, REPORT_REFRESH.REFRESHED_THROUGH)
                .values(practiceId, through)
                .onDuplicateKeyUpdate()
                .set(REPORT_REFRESH.REFRESHED_THROUGH,
                        org.jooq.impl.DSL.greatest(REPORT_REFRESH.REFRESHED_THROUGH, excluded(REPORT_REFRESH.REFRESHED_THROUGH)))
                .execute();
    }

    record DirtyMonth(LocalDate month, UUID token) {
    }

    List<DirtyMonth> dirtyMonths(UUID practiceId) {
        return sql.select(REPORT_DIRTY_MONTH.MONTH, REPORT_DIRTY_MONTH.TOKEN).from(REPORT_DIRTY_MONTH)
                .where(REPORT_DIRTY_MONTH.PRACTICE_ID.eq(practiceId))
                .orderBy(REPORT_DIRTY_MONTH.MONTH)
                .fetch(row -> new DirtyMonth(row.value1(), row.value2()));
    }

    /** Recomputes the summaries of one month from the request rows; false when the month is no longer dirty. */
    boolean rollUp(UUID practiceId, LocalDate month) {
        var token = sql.select(REPORT_DIRTY_MONTH.TOKEN).from(REPORT_DIRTY_MONTH)
                .where(REPORT_DIRTY_MONTH.PRACTICE_ID.eq(practiceId), REPORT_DIRTY_MONTH.MONTH.eq(month))
                .forUpdate()
                .fetchOptional(REPORT_DIRTY_MONTH.TOKEN);
        if (token.isEmpty()) {
            return false;
        }
        var f = REPORT_REQUEST;
        Condition ofMonth = f.PRACTICE_ID.eq(practiceId).and(f.MONTH.eq(month));
        sql.deleteFrom(REPORT_MONTH).where(REPORT_MONTH.PRACTICE_ID.eq(practiceId), REPORT_MONTH.MONTH.eq(month))
                .execute();
        sql.deleteFrom(REPORT_MONTH_COACH)
                .where(REPORT_MONTH_COACH.PRACTICE_ID.eq(practiceId), REPORT_MONTH_COACH.MONTH.eq(month)).execute();
        sql.deleteFrom(REPORT_MONTH_CLIENT)
                .where(REPORT_MONTH_CLIENT.PRACTICE_ID.eq(practiceId), REPORT_MONTH_CLIENT.MONTH.eq(month)).execute();

        var m = REPORT_MONTH;
        var detailKeys = List.<Field<?>>of(m.PRACTICE_ID, m.COACH_ID, m.MONTH, m.LIBRARY_ID, m.VERSION_ID, m.WEBMAIL,
                m.SPEED, m.TEMPLATE_ID);
        sql.insertInto(m, concat(detailKeys, Measures.columns(m)))
                .select(select(concat(List.of(val(practiceId), CLIENT.COACH_ID, val(month), f.LIBRARY_ID,
                                f.VERSION_ID, f.WEBMAIL, f.SPEED, max(f.TEMPLATE_ID)), Measures.fromRequests()))
                        .from(f).join(CLIENT).on(CLIENT.ID.eq(f.CLIENT_ID))
                        .where(ofMonth)
                        .groupBy(CLIENT.COACH_ID, f.LIBRARY_ID, f.VERSION_ID, f.WEBMAIL, f.SPEED))
                .execute();
        sql.insertInto(m, concat(detailKeys, Measures.columns(m)))
                .select(select(concat(List.of(val(practiceId), val(NIL), val(month), f.LIBRARY_ID, f.VERSION_ID,
                                f.WEBMAIL, f.SPEED, max(f.TEMPLATE_ID)), Measures.fromRequests()))
                        .from(f)
                        .where(ofMonth)
                        .groupBy(f.LIBRARY_ID, f.VERSION_ID, f.WEBMAIL, f.SPEED))
                .execute();
        var c = REPORT_MONTH_COACH;
        sql.insertInto(c, concat(List.of(c.PRACTICE_ID, c.MONTH, c.COACH_ID, c.LIBRARY_ID), Measures.columns(c)))
                .select(select(concat(List.of(val(practiceId), val(month), CLIENT.COACH_ID, f.LIBRARY_ID),
                                Measures.fromRequests()))
                        .from(f).join(CLIENT).on(CLIENT.ID.eq(f.CLIENT_ID))
                        .where(ofMonth)
                        .groupBy(CLIENT.COACH_ID, f.LIBRARY_ID))
                .execute();
        var k = REPORT_MONTH_CLIENT;
        sql.insertInto(k, concat(List.of(k.PRACTICE_ID, k.CLIENT_ID, k.MONTH, k.LIBRARY_ID), Measures.columns(k)))
                .select(select(concat(List.of(val(practiceId), f.CLIENT_ID, val(month), f.LIBRARY_ID),
                                Measures.fromRequests()))
                        .from(f)
                        .where(ofMonth)
                        .groupBy(f.CLIENT_ID, f.LIBRARY_ID))
                .execute();
        sql.deleteFrom(REPORT_DIRTY_MONTH)
                .where(REPORT_DIRTY_MONTH.PRACTICE_ID.eq(practiceId), REPORT_DIRTY_MONTH.MONTH.eq(month),
                        REPORT_DIRTY_MONTH.TOKEN.eq(token.get()))
                .execute();
        return true;
    }

    /** Forgets everything the summaries hold about a practice, so the next refresh reads it all again. */
    void forget(UUID practiceId) {
        for (Table<?> table : List.of(REPORT_MONTH, REPORT_MONTH_COACH, REPORT_MONTH_CLIENT, REPORT_REQUEST,
                REPORT_DIRTY_MONTH, REPORT_REFRESH, REPORT_CLIENT)) {
            sql.deleteFrom(table).where(table.field("practice_id", UUID.class).eq(practiceId)).execute();
        }
    }

    /**
     * The practice's calendar months from {@code first} to {@code last}, with where each starts and
     * ends in UTC, as a derived table (month, start_at, end_at) to join requests to.
     */
    Table<?> months(ZoneId zone, Instant first, Instant last) {
        YearMonth month = YearMonth.from(first.atZone(zone));
        YearMonth end = YearMonth.from(last.atZone(zone));
        var instant = FEEDBACK_REQUEST.REJECTION_AT.getDataType();
        var rows = new ArrayList<org.jooq.Row3<LocalDate, Instant, Instant>>();
        for (; !month.isAfter(end); month = month.plusMonths(1)) {
            rows.add(row(val(month.atDay(1)), val(start(zone, month), instant),
                    val(start(zone, month.plusMonths(1)), instant)));
        }
        @SuppressWarnings("unchecked")
        org.jooq.Row3<LocalDate, Instant, Instant>[] array = rows.toArray(org.jooq.Row3[]::new);
        return org.jooq.impl.DSL.values(array).as("m", "month", "start_at", "end_at");
    }

    static Instant start(ZoneId zone, YearMonth month) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    private static Field<LocalDate> monthOf(Table<?> months) {
        return months.field("month", LocalDate.class);
    }

    private static Condition inMonth(Table<?> months) {
        var instant = FEEDBACK_REQUEST.REJECTION_AT.getDataType();
        return FEEDBACK_REQUEST.REJECTION_AT.ge(months.field("start_at", instant))
                .and(FEEDBACK_REQUEST.REJECTION_AT.lt(months.field("end_at", instant)));
    }

    private static Field<Instant> firstEvent(Field<UUID> requestId, Condition type) {
        return field(select(min(REQUEST_EVENT.OCCURRED_AT)).from(REQUEST_EVENT)
                .where(REQUEST_EVENT.REQUEST_ID.eq(requestId)).and(type));
    }

    private static Field<Integer> seconds(Field<Instant> from, Field<Instant> to) {
        return field("TIMESTAMPDIFF(SECOND, {0}, {1})", Integer.class, from, to);
    }

    private static Field<Byte> replyBucket(Field<Integer> seconds) {
        CaseConditionStep<Byte> bucket = null;
        for (int i = ReplyTime.BUCKETS - 1; i >= 1; i--) {
            Condition reached = seconds.ge(inline(ReplyTime.BOUNDS_HOURS.get(i) * 3600));
            bucket = bucket == null ? when(reached, inline((byte) i)) : bucket.when(reached, inline((byte) i));
        }
        return bucket.else_(inline((byte) 0));
    }

    private static <T> Field<T> excluded(Field<T> column) {
        return field("VALUES({0})", column.getDataType(), field(name(column.getName())));
    }

    private static List<Field<?>> concat(List<? extends Field<?>> first, List<? extends Field<?>> second) {
        var all = new ArrayList<Field<?>>(first);
        all.addAll(second);
        return all;
    }
}
