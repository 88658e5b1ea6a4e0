package app.debrief.accounts;

import static app.debrief.db.jooq.Tables.LOGIN_THROTTLE;
import static org.jooq.impl.DSL.when;

import java.time.Instant;
import java.util.List;

import app.debrief.accounts.LoginThrottle.ThrottleKey;
import app.debrief.accounts.LoginThrottle.ThrottleState;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class LoginThrottleRepository {

    private final DSLContext sql;

    LoginThrottleRepository(DSLContext sql) {
        this.sql = sql;
    }

    List<ThrottleState> find(List<ThrottleKey> keys) {
        var condition = DSL.or(keys.stream()
                .map(k -> LOGIN_THROTTLE.SCOPE.eq(k.scope()).and(LOGIN_THROTTLE.THROTTLE_KEY.eq(k.value())))
                .toList());
        return sql.selectFrom(LOGIN_THROTTLE).where(condition).fetch(LoginThrottleRepository::toState);
    }

    /** One statement, so concurrent failures on several nodes all count. */
    void countFailure(ThrottleKey key, Instant now, Instant forgetBefore) {
        sql.insertInto(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.SCOPE, key.scope())
                .set(LOGIN_THROTTLE.THROTTLE_KEY, key.value())
                .set(LOGIN_THROTTLE.FAILURES, 1)
                .set(LOGIN_THROTTLE.LAST_FAILURE_AT, now)
                .onDuplicateKeyUpdate()
                .set(LOGIN_THROTTLE.FAILURES,
                        when(LOGIN_THROTTLE.LAST_FAILURE_AT.lt(forgetBefore), DSL.inline(1))
                                .otherwise(LOGIN_THROTTLE.FAILURES.plus(1)))
                .set(LOGIN_THROTTLE.LAST_FAILURE_AT, now)
                .execute();
    }

    void clear(ThrottleKey key) {
        sql.deleteFrom(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.SCOPE.eq(key.scope()), LOGIN_THROTTLE.THROTTLE_KEY.eq(key.value()))
                .execute();
    }

    List<ThrottleState> failingSince(Instant since) {
        return sql.selectFrom(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.LAST_FAILURE_AT.ge(since))
                .orderBy(LOGIN_THROTTLE.LAST_FAILURE_AT.desc())
                .limit(200)
                .fetch(LoginThrottleRepository::toState);
    }

    private static ThrottleState toState(app.debrief.db.jooq.tables.records.LoginThrottleRecord r) {
        return new ThrottleState(r.getScope(), r.getThrottleKey(), r.getFailures(), r.getLastFailureAt());
    }
}
