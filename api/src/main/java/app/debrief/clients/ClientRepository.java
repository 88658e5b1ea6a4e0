package app.debrief.clients;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.COACH;
import static org.jooq.Records.mapping;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Record8;
import org.jooq.ResultQuery;
import org.jooq.SelectOnConditionStep;
import org.jooq.SortField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Clients of one practice. {@code coachId} narrows to one coach's clients (a coach's own book);
 * {@code null} means the whole practice (the owner's). Erased clients are never listed.
 */
@Repository
class ClientRepository {

    static final String ERASED_NAME = "Erased client";

    private final DSLContext sql;

    ClientRepository(DSLContext sql) {
        this.sql = sql;
    }

    List<ClientSummary> page(UUID practiceId, @Nullable UUID coachId, ClientFilter filter, ClientOrder order,
            int offset, int limit) {
        return pageQuery(practiceId, coachId, filter, order, offset, limit).fetch(mapping(ClientSummary::new));
    }

    /** The page query itself, so a test can ask the database how it runs it. */
    ResultQuery<Record8<UUID, String, String, String, ClientStatus, UUID, String, Instant>> pageQuery(
            UUID practiceId, @Nullable UUID coachId, ClientFilter filter, ClientOrder order, int offset, int limit) {
        return select(order)
                .where(where(practiceId, coachId, filter))
                .orderBy(orderBy(order, filter))
                .limit(limit)
                .offset(offset);
    }

    int count(UUID practiceId, @Nullable UUID coachId, ClientFilter filter) {
        return sql.fetchCount(CLIENT, where(practiceId, coachId, filter));
    }

    /** Streams every matching client to {@code each}, without holding them all in memory. */
    void forEach(UUID practiceId, @Nullable UUID coachId, ClientFilter filter, ClientOrder order,
            Consumer<ClientSummary> each) {
        var toSummary = mapping(ClientSummary::new);
        try (var rows = select(order).where(where(practiceId, coachId, filter)).orderBy(orderBy(order, filter))
                .fetchSize(500).fetchLazy()) {
            rows.forEach(row -> each.accept(toSummary.map(row)));
        }
    }

    Optional<ClientSummary> find(UUID practiceId, @Nullable UUID coachId, UUID clientId) {
        return select(ClientOrder.BY_NAME)
                .where(visible(practiceId, coachId), CLIENT.ID.eq(clientId))
                .fetchOptional(mapping(ClientSummary::new));
    }

    List<CoachOption> coaches(UUID practiceId, @Nullable UUID coachId) {
        Condition condition = COACH.PRACTICE_ID.eq(practiceId).and(COACH.ENABLED.isTrue());
        return sql.select(COACH.ID, COACH.DISPLAY_NAME)
                .from(COACH)
                .where(coachId == null ? condition : condition.and(COACH.ID.eq(coachId)))
                .orderBy(COACH.DISPLAY_NAME, COACH.ID)
                .fetch(mapping(CoachOption::new));
    }

    boolean coachInPractice(UUID practiceId, UUID coachId) {
        return sql.fetchExists(COACH, COACH.PRACTICE_ID.eq(practiceId), COACH.ID.eq(coachId),
                COACH.ENABLED.isTrue());
    }

    /** Throws Spring's DuplicateKeyException when another client of the practice has the email. */
    void insert(UUID practiceId, UUID id, UUID coachId, String name, @Nullable String email,
            @Nullable String targetField, Instant now) {
        sql.insertInto(CLIENT)
                .set(CLIENT.ID, id)
                .set(CLIENT.PRACTICE_ID, practiceId)
                .set(CLIENT.COACH_ID, coachId)
                .set(CLIENT.NAME, name)
                .set(CLIENT.EMAIL, email)
                .set(CLIENT.TARGET_FIELD, targetField)
                .set(CLIENT.STATUS, ClientStatus.ACTIVE)
                .set(CLIENT.CREATED_AT, now)
                .execute();
    }

    record NewClient(UUID id, UUID coachId, String name, @Nullable String email, @Nullable String targetField) {
    }

    /** One statement for the whole batch; throws Spring's DuplicateKeyException when any email is taken. */
    void insertAll(UUID practiceId, List<NewClient> batch, Instant now) {
        var insert = sql.insertInto(CLIENT, CLIENT.ID, CLIENT.PRACTICE_ID, CLIENT.COACH_ID, CLIENT.NAME, CLIENT.EMAIL,
                CLIENT.TARGET_FIELD, CLIENT.STATUS, CLIENT.CREATED_AT);
        for (NewClient client : batch) {
            insert = insert.values(client.id(), practiceId, client.coachId(), client.name(), client.email(),
                    client.targetField(), ClientStatus.ACTIVE, now);
        }
        insert.execute();
    }

    /** Which of these emails clients of the practice already have, in lower case (emails compare ignoring case). */
    Set<String> takenEmails(UUID practiceId, Collection<String> emails) {
        if (emails.isEmpty()) {
            return Set.of();
        }
        return sql.select(CLIENT.EMAIL).from(CLIENT)
                .where(CLIENT.PRACTICE_ID.eq(practiceId), CLIENT.EMAIL.in(emails))
                .fetchSet(r -> r.value1().toLowerCase(Locale.ROOT));
    }

    /** The enabled coaches of the practice with these (lower-case) log-in emails. */
    Map<String, UUID> coachesByEmail(UUID practiceId, Collection<String> emails) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        return sql.select(COACH.EMAIL, COACH.ID).from(COACH)
                .where(COACH.PRACTICE_ID.eq(practiceId), COACH.ENABLED.isTrue(), COACH.EMAIL.in(emails))
                .fetchMap(r -> r.value1().toLowerCase(Locale.ROOT), Record2::value2);
    }

    /** Throws Spring's DuplicateKeyException when another client of the practice has the email. */
    void update(UUID practiceId, UUID id, UUID coachId, String name, @Nullable String email,
            @Nullable String targetField) {
        sql.update(CLIENT)
                .set(CLIENT.COACH_ID, coachId)
                .set(CLIENT.NAME, name)
                .set(CLIENT.EMAIL, email)
                .set(CLIENT.TARGET_FIELD, targetField)
                .where(CLIENT.PRACTICE_ID.eq(practiceId), CLIENT.ID.eq(id), CLIENT.STATUS.ne(ClientStatus.ERASED))
                .execute();
    }

    void setStatus(UUID practiceId, UUID id, ClientStatus status) {
        sql.update(CLIENT)
                .set(CLIENT.STATUS, status)
                .where(CLIENT.PRACTICE_ID.eq(practiceId), CLIENT.ID.eq(id), CLIENT.STATUS.ne(ClientStatus.ERASED))
                .execute();
    }

    /** Personal data goes for good; the row stays, so reports keep counting what happened. */
    void erase(UUID practiceId, UUID id) {
        sql.update(CLIENT)
                .set(CLIENT.NAME, ERASED_NAME)
                .setNull(CLIENT.EMAIL)
                .setNull(CLIENT.TARGET_FIELD)
                .set(CLIENT.STATUS, ClientStatus.ERASED)
                .where(CLIENT.PRACTICE_ID.eq(practiceId), CLIENT.ID.eq(id))
                .execute();
    }

    /**
     * Clients with their coach's name. The client table drives the join so that a page sorted by a
     * client column is read in index order: MariaDB 10.11 otherwise starts from the coach table and
     * sorts every client of the practice for one page (bench/clients). A sort by the coach's name
     * sorts every client whichever table comes first, and is quicker starting from the coaches, so
     * there the optimizer chooses.
     */
    private SelectOnConditionStep<Record8<UUID, String, String, String, ClientStatus, UUID, String, Instant>> select(
            ClientOrder order) {
        var clients = sql.select(CLIENT.ID, CLIENT.NAME, CLIENT.EMAIL, CLIENT.TARGET_FIELD, CLIENT.STATUS,
                        CLIENT.COACH_ID, COACH.DISPLAY_NAME, CLIENT.CREATED_AT)
                .from(CLIENT);
        return order.by() == ClientSort.COACH ? clients.join(COACH).on(COACH.ID.eq(CLIENT.COACH_ID))
                : clients.straightJoin(COACH).on(COACH.ID.eq(CLIENT.COACH_ID));
    }

    private static Condition visible(UUID practiceId, @Nullable UUID coachId) {
        Condition condition = CLIENT.PRACTICE_ID.eq(practiceId).and(CLIENT.STATUS.ne(ClientStatus.ERASED));
        return coachId == null ? condition : condition.and(CLIENT.COACH_ID.eq(coachId));
    }

    /**
     * A prefix, not a substring, so the (practice_id, name) and (practice_id, email) indexes serve it;
     * the columns' case-insensitive collation makes LIKE ignore case without LOWER(), which would not.
     */
    private static Condition where(UUID practiceId, @Nullable UUID coachId, ClientFilter filter) {
        Condition condition = visible(practiceId, coachId);
        if (!filter.prefix().isEmpty()) {
            String pattern = filter.prefix().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            condition = condition.and(CLIENT.NAME.like(pattern, '\\').or(CLIENT.EMAIL.like(pattern, '\\')));
        }
        if (filter.status() != null) {
            condition = condition.and(CLIENT.STATUS.eq(filter.status()));
        }
        if (filter.coachId() != null) {
            condition = condition.and(CLIENT.COACH_ID.eq(filter.coachId()));
        }
        return condition;
    }

    private static List<SortField<?>> orderBy(ClientOrder order, ClientFilter filter) {
        if (order.by() == ClientSort.STATUS && filter.status() != null) {
            // one status listed: its ties are the whole list, in name order, which the name indexes give unsorted
            return orderBy(ClientOrder.BY_NAME, filter);
        }
        var column = switch (order.by()) {
            case NAME -> CLIENT.NAME;
            case EMAIL -> CLIENT.EMAIL;
            case STATUS -> CLIENT.STATUS;
            case CREATED -> CLIENT.CREATED_AT;
            case COACH -> COACH.DISPLAY_NAME;
        };
        SortField<?> first = order.descending() ? column.desc() : column.asc();
        if (order.by() == ClientSort.NAME) {
            // the id follows the name's direction, so the name indexes serve both directions without a sort
            return List.of(first, order.descending() ? CLIENT.ID.desc() : CLIENT.ID.asc());
        }
        return List.of(first, CLIENT.NAME.asc(), CLIENT.ID.asc());
    }
}
