package app.debrief.requests;

import static app.debrief.db.jooq.Tables.REQUEST_EVENT;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;

import java.time.Instant;
import java.util.UUID;

import org.jooq.Field;

/**
 * When a request was last sent: its latest SENT event. Kept in feedback_request.last_sent_at beside
 * the state, as the dashboard's waiting list sorts by it; whoever writes events writes it with this.
 */
public final class LastSent {

    private LastSent() {
    }

    public static Field<Instant> of(Field<UUID> requestId) {
        var sent = REQUEST_EVENT.as("last_sent");
        return field(select(max(sent.OCCURRED_AT)).from(sent)
                .where(sent.REQUEST_ID.eq(requestId), sent.TYPE.eq(EventType.SENT)));
    }
}
