package app.debrief.requests;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import app.debrief.base.Coalescer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The extension's new requests, those of concurrent calls inserted together: one statement and one
 * commit for the lot instead of one each, the main cost of PUT /requests under load. Each call
 * still returns only once its row is committed. A batch that fails is retried row by row, so a bad
 * row fails only its own call.
 */
@Component
class NewRequests {

    private static final Logger log = LoggerFactory.getLogger(NewRequests.class);

    /** Inserts on their way at once; more concurrent calls wait to share the next ones. */
    static final int IN_FLIGHT = 2;

    private final Function<List<NewRequest>, Set<UUID>> insertAll;
    private final Coalescer<NewRequest, Outcome> inserts;

    @Autowired
    NewRequests(RequestRepository requests) {
        this(requests::insertAllIfAbsent);
    }

    /** {@code insertAll} inserts the rows whose ids are new and answers those ids. */
    NewRequests(Function<List<NewRequest>, Set<UUID>> insertAll) {
        this.insertAll = insertAll;
        this.inserts = new Coalescer<>(this::insert, IN_FLIGHT, RequestRepository.MAX_INSERTED);
    }

    record Outcome(boolean inserted, @Nullable RuntimeException failure) {
    }

    /** Inserts the request unless its id exists; reports whether it did. Not within a transaction. */
    boolean insertIfAbsent(UUID practiceId, UUID clientId, UUID id, RequestDraft draft, Instant now) {
        // insert gives every row of its batch an outcome
        Outcome outcome = Objects.requireNonNull(inserts.get(new NewRequest(practiceId, clientId, id, draft, now)));
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.inserted();
    }

    Map<NewRequest, Outcome> insert(List<NewRequest> batch) {
        Map<NewRequest, Outcome> outcomes = new HashMap<>();
        try {
            attribute(batch, insertAll.apply(batch), outcomes);
        } catch (RuntimeException failure) {
            if (batch.size() == 1) {
                throw failure;
            }
            log.warn("An insert of {} new requests failed: inserting them one by one", batch.size(), failure);
            for (NewRequest row : batch) {
                try {
                    attribute(List.of(row), insertAll.apply(List.of(row)), outcomes);
                } catch (RuntimeException rowFailure) {
                    outcomes.put(row, new Outcome(false, rowFailure));
                }
            }
        }
        return outcomes;
    }

    /** An id inserted goes to the first of its rows; a second row with that id found it there. */
    private static void attribute(List<NewRequest> rows, Set<UUID> inserted, Map<NewRequest, Outcome> outcomes) {
        for (NewRequest row : rows) {
            outcomes.put(row, new Outcome(inserted.remove(row.id), null));
        }
    }
}
