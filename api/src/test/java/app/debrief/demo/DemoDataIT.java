package app.debrief.demo;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.COACH;
import static app.debrief.db.jooq.Tables.FEEDBACK_REQUEST;
import static app.debrief.db.jooq.Tables.LIBRARY_ASSIGNMENT;
import static app.debrief.db.jooq.Tables.NOTE_TAG;
import static app.debrief.db.jooq.Tables.PRACTICE;
import static app.debrief.db.jooq.Tables.REQUEST_EVENT;
import static app.debrief.db.jooq.Tables.REQUEST_NOTE;
import static org.assertj.core.api.Assertions.assertThat;

import app.debrief.accounts.CoachDetailsService;
import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.clients.ClientStatus;
import app.debrief.requests.RequestState;
import app.debrief.testsupport.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A context in demo mode on an empty database of its own. */
@IntegrationTest(properties = {"debrief.test.database=fresh", "debrief.demo=true"})
class DemoDataIT {

    @Autowired
    DSLContext sql;

    @Autowired
    DemoData demoData;

    @Autowired
    CoachDetailsService coaches;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void demo_mode_creates_a_practice_with_an_owner_a_coach_and_clients_once() {
        assertThat(sql.fetchCount(PRACTICE)).isEqualTo(1);
        assertThat(sql.fetchValue(PRACTICE.DEMO)).isTrue();
        assertThat(sql.fetchCount(COACH, COACH.ROLE.eq(Role.OWNER))).isEqualTo(1);
        assertThat(sql.fetchCount(COACH, COACH.ROLE.eq(Role.COACH))).isEqualTo(1);
        assertThat(sql.fetchCount(CLIENT)).isEqualTo(6);
        int requests = sql.fetchCount(FEEDBACK_REQUEST);
        int events = sql.fetchCount(REQUEST_EVENT);
        int notes = sql.fetchCount(REQUEST_NOTE);

        demoData.run(new DefaultApplicationArguments());

        assertThat(sql.fetchCount(PRACTICE)).isEqualTo(1);
        assertThat(sql.fetchCount(CLIENT)).isEqualTo(6);
        assertThat(sql.fetchCount(FEEDBACK_REQUEST)).isEqualTo(requests);
        assertThat(sql.fetchCount(REQUEST_EVENT)).isEqualTo(events);
        assertThat(sql.fetchCount(REQUEST_NOTE)).isEqualTo(notes);
    }

    @Test
    void the_demo_practice_has_requests_in_every_state_with_events_notes_and_tags() {
        assertThat(sql.selectDistinct(FEEDBACK_REQUEST.STATE).from(FEEDBACK_REQUEST).fetch(FEEDBACK_REQUEST.STATE))
                .containsExactlyInAnyOrder(RequestState.values());
        assertThat(sql.fetchCount(REQUEST_EVENT)).isGreaterThan(3 * sql.fetchCount(FEEDBACK_REQUEST) / 2);
        assertThat(sql.fetchCount(REQUEST_NOTE)).isGreaterThanOrEqualTo(8);
        assertThat(sql.fetchCount(NOTE_TAG)).isGreaterThanOrEqualTo(8);
        assertThat(sql.fetchCount(FEEDBACK_REQUEST, FEEDBACK_REQUEST.PARENT_ID.isNotNull())).isPositive();
        assertThat(sql.fetchCount(FEEDBACK_REQUEST, FEEDBACK_REQUEST.TEMPLATE_VERSION_ID.isNotNull())).isPositive();
    }

    @Test
    void every_active_demo_client_gets_the_starter_library_so_the_extension_has_templates_to_offer() {
        var activeClients = sql.select(CLIENT.ID).from(CLIENT).where(CLIENT.STATUS.eq(ClientStatus.ACTIVE)).fetch(CLIENT.ID);
        assertThat(activeClients).isNotEmpty();
        assertThat(sql.selectDistinct(LIBRARY_ASSIGNMENT.CLIENT_ID).from(LIBRARY_ASSIGNMENT).fetch(LIBRARY_ASSIGNMENT.CLIENT_ID))
                .containsExactlyInAnyOrderElementsOf(activeClients);
    }

    @Test
    void the_printed_demo_logins_work() {
        var owner = (CoachPrincipal) coaches.loadUserByUsername(DemoAccounts.OWNER_EMAIL);
        var coach = (CoachPrincipal) coaches.loadUserByUsername(DemoAccounts.COACH_EMAIL);

        assertThat(passwordEncoder.matches(DemoAccounts.OWNER_PASSWORD, owner.getPassword())).isTrue();
        assertThat(passwordEncoder.matches(DemoAccounts.COACH_PASSWORD, coach.getPassword())).isTrue();
        assertThat(owner.isOwner()).isTrue();
        assertThat(coach.isOwner()).isFalse();
    }
}
