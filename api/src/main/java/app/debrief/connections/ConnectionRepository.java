package app.debrief.connections;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.COACH;
import static app.debrief.db.jooq.Tables.CONNECTION_CODE;
import static app.debrief.db.jooq.Tables.CONNECTION_FAILURE;
import static app.debrief.db.jooq.Tables.EXTENSION_TOKEN;
import static app.debrief.db.jooq.Tables.PRACTICE;
import static org.jooq.Records.mapping;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import app.debrief.base.database.SqlBySize;
import app.debrief.clients.ClientStatus;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class ConnectionRepository {

    /** The most tokens one lookup reads. */
    static final int MAX_TOKENS = 64;

    private final DSLContext sql;
    private final SqlBySize activeTokensSql;
    private final SqlBySize practiceVersionsSql;

    ConnectionRepository(DSLContext sql) {
        this.sql = sql;
        this.activeTokensSql = new SqlBySize(MAX_TOKENS, this::activeTokensSql);
        this.practiceVersionsSql = new SqlBySize(MAX_TOKENS, this::practiceVersionsSql);
    }

    record ClaimedCode(UUID practiceId, UUID clientId) {
    }

    /** A client the coach may hand a code to: their own, or any of the practice for its owner. */
    boolean clientVisible(UUID practiceId, UUID clientId, @Nullable UUID coachId) {
        Condition condition = CLIENT.PRACTICE_ID.eq(practiceId).and(CLIENT.ID.eq(clientId))
                .and(CLIENT.STATUS.ne(ClientStatus.ERASED));
        return sql.fetchExists(CLIENT, coachId == null ? condition : condition.and(CLIENT.COACH_ID.eq(coachId)));
    }

    void insertCode(UUID practiceId, UUID clientId, String codeHash, UUID createdBy, Instant now, Instant expiresAt) {
        sql.insertInto(CONNECTION_CODE)
                .set(CONNECTION_CODE.ID, UUID.randomUUID())
                .set(CONNECTION_CODE.PRACTICE_ID, practiceId)
                .set(CONNECTION_CODE.CLIENT_ID, clientId)
                .set(CONNECTION_CODE.CODE_HASH, codeHash)
                .set(CONNECTION_CODE.CREATED_BY, createdBy)
                .set(CONNECTION_CODE.CREATED_AT, now)
                .set(CONNECTION_CODE.EXPIRES_AT, expiresAt)
                .execute();
    }

    /** Marks the code used in one conditional update: of two simultaneous claims, one wins. */
    Optional<ClaimedCode> claim(String codeHash, Instant now) {
        int claimed = sql.update(CONNECTION_CODE)
                .set(CONNECTION_CODE.USED_AT, now)
                .where(CONNECTION_CODE.CODE_HASH.eq(codeHash), CONNECTION_CODE.USED_AT.isNull(),
                        CONNECTION_CODE.EXPIRES_AT.gt(now))
                .execute();
        if (claimed == 0) {
            return Optional.empty();
        }
        return sql.select(CONNECTION_CODE.PRACTICE_ID, CONNECTION_CODE.CLIENT_ID)
                .from(CONNECTION_CODE)
                .join(CLIENT).on(CLIENT.ID.eq(CONNECTION_CODE.CLIENT_ID))
                .where(CONNECTION_CODE.CODE_HASH.eq(codeHash), CLIENT.STATUS.ne(ClientStatus.ERASED))
                .fetchOptional(mapping(ClaimedCode::new));
    }

    void insertToken(UUID practiceId, UUID clientId, UUID tokenId, String tokenHash, String label, Instant now) {
        sql.insertInto(EXTENSION_TOKEN)
                .set(EXTENSION_TOKEN.ID, tokenId)
                .set(EXTENSION_TOKEN.PRACTICE_ID, practiceId)
                .set(EXTENSION_TOKEN.CLIENT_ID, clientId)
                .set(EXTENSION_TOKEN.TOKEN_HASH, tokenHash)
                .set(EXTENSION_TOKEN.LABEL, label)
                .set(EXTENSION_TOKEN.CREATED_AT, now)
                .execute();
    }

    /** A token found good, with the practice's tokens version read in the same statement. */
    record ActiveToken(ExtensionClient client, long tokensVersion) {

        /** The same token, last used at {@code lastUsedAt}, with the practice's templates stamp {@code stamp}. */
        ActiveToken with(@Nullable Instant lastUsedAt, long stamp) {
            return new ActiveToken(new ExtensionClient(client.tokenId(), client.clientId(), client.practiceId(),
                    lastUsedAt, stamp), tokensVersion);
        }
    }

    /** The two counters of a practice that API calls read: tokens version and templates stamp. */
    record PracticeVersions(long tokensVersion, long templatesStamp) {
    }

    /**
     * The tokens that are good (not revoked, of an active client), asked for up to {@link #MAX_TOKENS}
     * tokens of concurrent calls at once, so its SQL is rendered once per number of tokens (rendering
     * was a fifth of a call's CPU time).
     */
    Map<String, ActiveToken> activeTokens(List<String> tokenHashes) {
        return sql.resultQuery(activeTokensSql.forSize(tokenHashes.size()), tokenHashes.toArray())
                .coerce(EXTENSION_TOKEN.TOKEN_HASH, EXTENSION_TOKEN.ID, EXTENSION_TOKEN.CLIENT_ID,
                        EXTENSION_TOKEN.PRACTICE_ID, EXTENSION_TOKEN.LAST_USED_AT, PRACTICE.TEMPLATES_STAMP,
                        PRACTICE.TOKENS_VERSION)
                .fetchMap(EXTENSION_TOKEN.TOKEN_HASH, found -> new ActiveToken(new ExtensionClient(found.value2(),
                        found.value3(), found.value4(), found.value5(), found.value6()), found.value7()));
    }

    private String activeTokensSql(int tokens) {
        return sql.render(sql.select(EXTENSION_TOKEN.TOKEN_HASH, EXTENSION_TOKEN.ID, EXTENSION_TOKEN.CLIENT_ID,
                        EXTENSION_TOKEN.PRACTICE_ID, EXTENSION_TOKEN.LAST_USED_AT, PRACTICE.TEMPLATES_STAMP,
                        PRACTICE.TOKENS_VERSION)
                .from(EXTENSION_TOKEN)
                .join(CLIENT).on(CLIENT.ID.eq(EXTENSION_TOKEN.CLIENT_ID))
                .join(PRACTICE).on(PRACTICE.ID.eq(EXTENSION_TOKEN.PRACTICE_ID))
                .where(EXTENSION_TOKEN.TOKEN_HASH.in(Collections.nCopies(tokens, DSL.val("", String.class))),
                        EXTENSION_TOKEN.REVOKED_AT.isNull(),
                        CLIENT.STATUS.eq(DSL.inline(ClientStatus.ACTIVE, CLIENT.STATUS))));
    }

    /**
     * Read on every call with a token read before: one primary-key row per practice, for the
     * practices of up to {@link #MAX_TOKENS} concurrent calls at once.
     */
    Map<UUID, PracticeVersions> practiceVersions(List<UUID> practiceIds) {
        return sql.resultQuery(practiceVersionsSql.forSize(practiceIds.size()), practiceIds.toArray())
                .coerce(PRACTICE.ID, PRACTICE.TOKENS_VERSION, PRACTICE.TEMPLATES_STAMP)
                .fetchMap(PRACTICE.ID, found -> new PracticeVersions(found.value2(), found.value3()));
    }

    private String practiceVersionsSql(int practices) {
        return sql.render(sql.select(PRACTICE.ID, PRACTICE.TOKENS_VERSION, PRACTICE.TEMPLATES_STAMP)
                .from(PRACTICE)
                .where(PRACTICE.ID.in(Collections.nCopies(practices, DSL.val((UUID) null, UUID.class)))));
    }

    /**
     * Moves the practice's tokens version, in the caller's transaction: every change that may make a
     * token stop (or start again) being good calls it, so nodes read such tokens afresh.
     */
    void tokensChanged(UUID practiceId) {
        sql.update(PRACTICE)
                .set(PRACTICE.TOKENS_VERSION, PRACTICE.TOKENS_VERSION.plus(1))
                .where(PRACTICE.ID.eq(practiceId))
                .execute();
    }

    /**
     * Each token's last use, all in one transaction (one commit). Conditional, so nodes flushing
     * the same tokens still write each at most once per interval, and never move a time backwards.
     * One statement prepared once, a row of values per token: rendering an update for each token
     * cost every call of a busy API a twentieth of its time.
     */
    @Transactional
    void touch(Map<UUID, Instant> lastUses, Duration interval) {
        // placeholders, bound below in this order: the use, the token, the use less the interval
        BatchBindStep batch = sql.batch(sql.update(EXTENSION_TOKEN)
                .set(EXTENSION_TOKEN.LAST_USED_AT, (Instant) null)
                .where(EXTENSION_TOKEN.ID.eq((UUID) null), EXTENSION_TOKEN.LAST_USED_AT.isNull()
                        .or(EXTENSION_TOKEN.LAST_USED_AT.lt((Instant) null))));
        for (var use : lastUses.entrySet()) {
            batch = batch.bind(use.getValue(), use.getKey(), use.getValue().minus(interval));
        }
        batch.execute();
    }

    /** Revokes the token and moves the practice's tokens version; answers how many tokens it revoked. */
    int revoke(UUID practiceId, UUID tokenId, Instant now) {
        int revoked = sql.update(EXTENSION_TOKEN)
                .set(EXTENSION_TOKEN.REVOKED_AT, now)
                .where(EXTENSION_TOKEN.PRACTICE_ID.eq(practiceId), EXTENSION_TOKEN.ID.eq(tokenId),
                        EXTENSION_TOKEN.REVOKED_AT.isNull())
                .execute();
        if (revoked > 0) {
            tokensChanged(practiceId);
        }
        return revoked;
    }

    @Nullable UUID clientOfToken(UUID practiceId, UUID tokenId) {
        return sql.select(EXTENSION_TOKEN.CLIENT_ID).from(EXTENSION_TOKEN)
                .where(EXTENSION_TOKEN.PRACTICE_ID.eq(practiceId), EXTENSION_TOKEN.ID.eq(tokenId))
                .fetchOne(EXTENSION_TOKEN.CLIENT_ID);
    }

    /** Deletes the client's tokens and moves the practice's tokens version. */
    int deleteTokens(UUID practiceId, UUID clientId) {
        int deleted = sql.deleteFrom(EXTENSION_TOKEN)
                .where(EXTENSION_TOKEN.PRACTICE_ID.eq(practiceId), EXTENSION_TOKEN.CLIENT_ID.eq(clientId))
                .execute();
        if (deleted > 0) {
            tokensChanged(practiceId);
        }
        return deleted;
    }

    int deleteUnusedCodes(UUID practiceId, UUID clientId) {
        return sql.deleteFrom(CONNECTION_CODE)
                .where(CONNECTION_CODE.PRACTICE_ID.eq(practiceId), CONNECTION_CODE.CLIENT_ID.eq(clientId),
                        CONNECTION_CODE.USED_AT.isNull())
                .execute();
    }

    /** The address the owner set for the extension to reach this server, if any. */
    @Nullable String publicAddress(UUID practiceId) {
        return sql.select(PRACTICE.PUBLIC_ADDRESS).from(PRACTICE).where(PRACTICE.ID.eq(practiceId))
                .fetchOne(PRACTICE.PUBLIC_ADDRESS);
    }

    List<ExtensionConnection> tokens(UUID practiceId, UUID clientId) {
        return sql.select(EXTENSION_TOKEN.ID, EXTENSION_TOKEN.LABEL, EXTENSION_TOKEN.CREATED_AT,
                        EXTENSION_TOKEN.LAST_USED_AT, EXTENSION_TOKEN.REVOKED_AT)
                .from(EXTENSION_TOKEN)
                .where(EXTENSION_TOKEN.PRACTICE_ID.eq(practiceId), EXTENSION_TOKEN.CLIENT_ID.eq(clientId))
                .orderBy(EXTENSION_TOKEN.CREATED_AT.desc())
                .fetch(mapping(ExtensionConnection::new));
    }

    /** The settings only ever name a published follow-up template: retiring it clears the setting. */
    Optional<ConnectedProfile> profile(UUID practiceId, UUID clientId) {
        return sql.select(CLIENT.ID, CLIENT.NAME, COACH.DISPLAY_NAME, PRACTICE.NAME, PRACTICE.TIME_ZONE,
                        PRACTICE.NO_REPLY_DAYS, PRACTICE.FOLLOW_UP_DAY, PRACTICE.FOLLOW_UP_TEMPLATE_ID)
                .from(CLIENT)
                .join(COACH).on(COACH.ID.eq(CLIENT.COACH_ID))
                .join(PRACTICE).on(PRACTICE.ID.eq(CLIENT.PRACTICE_ID))
                .where(CLIENT.PRACTICE_ID.eq(practiceId), CLIENT.ID.eq(clientId))
                .fetchOptional(r -> new ConnectedProfile(
                        new ConnectedProfile.Client(r.value1(), r.value2()),
                        new ConnectedProfile.Coach(r.value3()),
                        new ConnectedProfile.Practice(r.value4(), r.value5()),
                        new ConnectedProfile.Settings(r.value6(), r.value7(), r.value8())));
    }

    int failuresSince(String address, Instant since) {
        return sql.fetchCount(CONNECTION_FAILURE, CONNECTION_FAILURE.ADDRESS.eq(address)
                .and(CONNECTION_FAILURE.FAILED_AT.ge(since)));
    }

    @Nullable Instant oldestFailureSince(String address, Instant since) {
        return sql.select(org.jooq.impl.DSL.min(CONNECTION_FAILURE.FAILED_AT)).from(CONNECTION_FAILURE)
                .where(CONNECTION_FAILURE.ADDRESS.eq(address), CONNECTION_FAILURE.FAILED_AT.ge(since))
                .fetchOne(0, Instant.class);
    }

    void recordFailure(String address, Instant now) {
        sql.insertInto(CONNECTION_FAILURE)
                .set(CONNECTION_FAILURE.ID, UUID.randomUUID())
                .set(CONNECTION_FAILURE.ADDRESS, address)
                .set(CONNECTION_FAILURE.FAILED_AT, now)
                .execute();
    }
}
