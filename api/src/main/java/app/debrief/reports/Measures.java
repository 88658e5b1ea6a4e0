package app.debrief.reports;

import static app.debrief.db.jooq.Tables.REPORT_REQUEST;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.debrief.requests.RequestState;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** The count columns every summary table has, and how they are summed and read back. */
final class Measures {

    /** Stands for "none" (no template, no library) and, as a coach, for "every coach". */
    static final UUID NIL = new UUID(0, 0);

    static final List<String> NAMES;

    static {
        var names = new ArrayList<>(List.of("requests", "sent", "feedback", "declined", "no_reply", "withdrawn"));
        for (int i = 0; i < ReplyTime.BUCKETS; i++) {
            names.add("reply_" + i);
        }
        NAMES = List.copyOf(names);
    }

    private Measures() {
    }

    /** The measure columns of a summary table, in {@link #NAMES} order. */
    static List<Field<Integer>> columns(Table<?> table) {
        return NAMES.stream().map(name -> table.field(name, Integer.class)).toList();
    }

    /** SUM of each measure column, named as the column. */
    static List<Field<BigDecimal>> sums(Table<?> table) {
        return NAMES.stream().map(name -> sum(table.field(name, Integer.class)).as(name)).toList();
    }

    /** The measures of a group of report_request rows, in {@link #NAMES} order. */
    static List<Field<?>> fromRequests() {
        var f = REPORT_REQUEST;
        var fields = new ArrayList<Field<?>>();
        fields.add(DSL.count());
        fields.add(countIf(f.SENT.isTrue()));
        fields.add(countIf(f.STATE.eq(RequestState.REPLIED_FEEDBACK.name())));
        fields.add(countIf(f.STATE.eq(RequestState.REPLIED_DECLINED.name())));
        fields.add(countIf(f.STATE.eq(RequestState.NO_REPLY.name())));
        fields.add(countIf(f.STATE.eq(RequestState.WITHDRAWN.name())));
        for (int i = 0; i < ReplyTime.BUCKETS; i++) {
            fields.add(countIf(f.REPLY_BUCKET.eq((byte) i)));
        }
        return fields;
    }

    private static Field<BigDecimal> countIf(org.jooq.Condition condition) {
        return sum(when(condition, inline(1)).else_(inline(0)));
    }

    /** Reads the sums named as the columns back into counts (null sums, of no rows, are zero). */
    static Counts counts(Record row) {
        int[] values = new int[NAMES.size()];
        for (int i = 0; i < values.length; i++) {
            Number value = (Number) row.get(NAMES.get(i));
            values[i] = value == null ? 0 : value.intValue();
        }
        int[] histogram = new int[ReplyTime.BUCKETS];
        System.arraycopy(values, 6, histogram, 0, histogram.length);
        return new Counts(values[0], values[1], values[2], values[3], values[4], values[5], histogram);
    }
}
