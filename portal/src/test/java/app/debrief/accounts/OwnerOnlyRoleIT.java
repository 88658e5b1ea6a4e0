package app.debrief.accounts;

import static app.debrief.db.jooq.Tables.COACH;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import app.debrief.team.TeamService;
import app.debrief.team.ui.CoachesView;
import app.debrief.testsupport.BrowserlessPortal;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * A coach (not an owner) calling the owner's account services, with the portal's method security
 * on: every call is refused and nothing changes. The coaches screen does not open for them either.
 */
@IntegrationTest
class OwnerOnlyRoleIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext sql;

    @Autowired
    InvitationService invitations;

    @Autowired
    PasswordResetService resets;

    @Autowired
    ThrottledLoginsService throttled;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    TeamService team;

    private CoachPrincipal owner;
    private CoachPrincipal coach;
    private CoachPrincipal colleague;

    @BeforeEach
    void aPracticeWithAnOwnerAndTwoCoaches() {
        var data = new TestData(sql);
        UUID practice = data.practice();
        owner = data.coach(practice, Role.OWNER);
        coach = data.coach(practice, Role.COACH);
        colleague = data.coach(practice, Role.COACH);
    }

    /** Signed in through a (mock) Vaadin session, as in the portal: every test context's security strategy reads it. */
    @AfterEach
    void signOut() {
        BrowserlessPortal.stop();
    }

    @Test
    void a_coach_calling_the_owners_services_is_refused_and_changes_nothing() {
        BrowserlessPortal.start(context, owner);
        UUID pending = invitationFor("dana-" + UUID.randomUUID() + "@example.com");
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(colleague.getUsername(), "198.51.100.9");
        }
        BrowserlessPortal.stop();
        BrowserlessPortal.start(context, coach);

        assertThatThrownBy(() -> invitations.invite(new InvitationDraft("x-" + UUID.randomUUID() + "@example.com",
                "X", Role.OWNER))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.pending()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.revoke(pending)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> resets.issue(colleague.coachId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> resets.issue(coach.coachId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> throttled.current()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> throttled.clear(ThrottleScope.ACCOUNT, colleague.getUsername()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> team.coaches()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> team.disable(colleague.coachId(), coach.coachId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> team.enable(colleague.coachId())).isInstanceOf(AccessDeniedException.class);

        BrowserlessPortal.stop();
        BrowserlessPortal.start(context, owner);
        assertThat(invitations.pending()).extracting(PendingInvitation::id).containsExactly(pending);
        assertThat(throttled.current()).extracting(ThrottledLogin::key).containsExactly(colleague.getUsername());
        assertThat(sql.fetchValue(COACH.ENABLED, COACH.ID.eq(colleague.coachId()))).isTrue();
    }

    @Test
    void a_coach_cannot_open_the_coaches_screen() {
        BrowserlessPortal.start(context, coach);

        assertThatThrownBy(() -> UI.getCurrent().navigate(CoachesView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(CoachesView.class)).isEmpty();
        assertThat(com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt.toPrettyTree(UI.getCurrent()))
                .doesNotContain(colleague.displayName());
    }

    private UUID invitationFor(String email) {
        invitations.invite(new InvitationDraft(email, "Dana", Role.COACH));
        return invitations.pending().getFirst().id();
    }
}
