package app.debrief.team;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.COACH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.base.InvalidInputException;
import app.debrief.base.NotFoundException;
import app.debrief.clients.ClientStatus;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class TeamServiceIT {

    @Autowired
    TeamService team;

    @Autowired
    DSLContext sql;

    private TestData data;
    private CoachPrincipal owner;
    private CoachPrincipal carla;
    private CoachPrincipal dev;
    private UUID amy;
    private UUID ben;
    private UUID erased;

    @BeforeEach
    void aPracticeWithTwoCoachesAndClients() {
        data = new TestData(sql);
        UUID practice = data.practice();
        owner = data.coach(practice, Role.OWNER);
        carla = data.coach(practice, Role.COACH);
        dev = data.coach(practice, Role.COACH);
        amy = data.client(carla, "Amy");
        ben = data.client(carla, "Ben");
        sql.update(CLIENT).set(CLIENT.STATUS, ClientStatus.ARCHIVED).where(CLIENT.ID.eq(ben)).execute();
        erased = data.client(carla, "Erased client");
        sql.update(CLIENT).set(CLIENT.STATUS, ClientStatus.ERASED).where(CLIENT.ID.eq(erased)).execute();
        TestData.signIn(owner);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void the_owner_sees_every_coach_with_role_state_and_active_and_archived_clients() {
        assertThat(team.coaches()).filteredOn(coach -> coach.id().equals(carla.coachId())).singleElement()
                .isEqualTo(new CoachSummary(carla.coachId(), carla.displayName(), carla.getUsername(), Role.COACH,
                        true, 2));
        assertThat(team.coaches()).extracting(CoachSummary::id)
                .containsExactlyInAnyOrder(owner.coachId(), carla.coachId(), dev.coachId());
        assertThat(team.coaches()).filteredOn(coach -> coach.id().equals(dev.coachId())).singleElement()
                .extracting(CoachSummary::clients).isEqualTo(0);
    }

    @Test
    void disabling_a_coach_hands_their_clients_to_the_chosen_coach_and_re_enabling_brings_them_back() {
        team.disable(carla.coachId(), dev.coachId());

        assertThat(coachOf(amy)).isEqualTo(dev.coachId());
        assertThat(coachOf(ben)).isEqualTo(dev.coachId());
        assertThat(coachOf(erased)).isEqualTo(carla.coachId());
        assertThat(summary(carla)).satisfies(coach -> {
            assertThat(coach.enabled()).isFalse();
            assertThat(coach.clients()).isZero();
        });
        assertThat(summary(dev).clients()).isEqualTo(2);
        assertThat(team.coaches().getLast().id()).isEqualTo(carla.coachId());

        team.enable(carla.coachId());
        assertThat(summary(carla).enabled()).isTrue();
    }

    @Test
    void a_coach_with_clients_is_not_disabled_without_a_successor() {
        assertThatThrownBy(() -> team.disable(carla.coachId(), null)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Choose who takes over " + carla.displayName() + "'s 2 clients.");

        assertThat(summary(carla).enabled()).isTrue();
        team.disable(dev.coachId(), null);
        assertThat(summary(dev).enabled()).isFalse();
    }

    @Test
    void clients_go_only_to_an_enabled_coach_other_than_the_one_disabled() {
        team.disable(dev.coachId(), null);

        assertThatThrownBy(() -> team.disable(carla.coachId(), dev.coachId()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> team.disable(carla.coachId(), carla.coachId()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(summary(carla).enabled()).isTrue();
        assertThat(coachOf(amy)).isEqualTo(carla.coachId());
    }

    @Test
    void an_owner_cannot_disable_themselves_or_the_last_enabled_owner() {
        assertThatThrownBy(() -> team.disable(owner.coachId(), carla.coachId()))
                .isInstanceOf(InvalidInputException.class).hasMessage("You cannot disable your own account.");

        var second = data.coach(owner.practiceId(), Role.OWNER);
        TestData.signIn(second);
        team.disable(owner.coachId(), null);
        assertThat(summary(owner).enabled()).isFalse();

        // an owner signed in before being disabled still cannot disable the last enabled owner
        TestData.signIn(owner);
        assertThatThrownBy(() -> team.disable(second.coachId(), null)).isInstanceOf(InvalidInputException.class)
                .hasMessage(second.displayName() + " is the last enabled owner of the practice.");
        TestData.signIn(second);
        assertThat(summary(second).enabled()).isTrue();
    }

    @Test
    void two_owners_disabling_each_other_at_once_leave_one_enabled_owner() throws Exception {
        var second = data.coach(owner.practiceId(), Role.OWNER);
        var barrier = new java.util.concurrent.CyclicBarrier(2);
        var threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var outcomes = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (var pair : java.util.List.of(new CoachPrincipal[] {owner, second}, new CoachPrincipal[] {second, owner})) {
                outcomes.add(threads.submit(() -> {
                    TestData.signIn(pair[0]);
                    barrier.await();
                    try {
                        team.disable(pair[1].coachId(), null);
                        return "disabled";
                    } catch (InvalidInputException e) {
                        return "refused";
                    } finally {
                        TestData.signOut();
                    }
                }));
            }
            var results = new java.util.ArrayList<String>();
            for (var outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).containsExactlyInAnyOrder("disabled", "refused");
        } finally {
            threads.shutdownNow();
        }
        assertThat(sql.fetchCount(COACH, COACH.PRACTICE_ID.eq(owner.practiceId()), COACH.ROLE.eq(Role.OWNER),
                COACH.ENABLED.isTrue())).isEqualTo(1);
    }

    @Test
    @CrossPracticeProbe(methods = {"TeamService#coaches", "TeamService#disable", "TeamService#enable"})
    void an_owner_of_another_practice_neither_sees_nor_changes_this_practices_coaches() {
        team.disable(dev.coachId(), null);
        var intruder = data.coach(data.practice(), Role.OWNER);
        var intrudersCoach = data.coach(intruder.practiceId(), Role.COACH);
        TestData.signIn(intruder);

        assertThat(team.coaches()).extracting(CoachSummary::id)
                .containsExactlyInAnyOrder(intruder.coachId(), intrudersCoach.coachId());
        assertThatThrownBy(() -> team.disable(carla.coachId(), intrudersCoach.coachId()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> team.disable(intrudersCoach.coachId(), carla.coachId()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> team.enable(dev.coachId())).isInstanceOf(NotFoundException.class);

        assertThat(sql.fetchValue(COACH.ENABLED, COACH.ID.eq(carla.coachId()))).isTrue();
        assertThat(sql.fetchValue(COACH.ENABLED, COACH.ID.eq(dev.coachId()))).isFalse();
        assertThat(sql.fetchValue(COACH.ENABLED, COACH.ID.eq(intrudersCoach.coachId()))).isTrue();
        assertThat(coachOf(amy)).isEqualTo(carla.coachId());
    }

    private CoachSummary summary(CoachPrincipal coach) {
        return team.coaches().stream().filter(summary -> summary.id().equals(coach.coachId())).findFirst()
                .orElseThrow();
    }

    private UUID coachOf(UUID client) {
        return sql.fetchValue(CLIENT.COACH_ID, CLIENT.ID.eq(client));
    }
}
