package app.debrief.team.ui;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.COACH;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.InvitationDraft;
import app.debrief.accounts.InvitationService;
import app.debrief.accounts.LoginThrottle;
import app.debrief.accounts.PasswordResetService;
import app.debrief.accounts.PendingInvitation;
import app.debrief.accounts.Role;
import app.debrief.accounts.ThrottledLogin;
import app.debrief.team.CoachSummary;
import app.debrief.testsupport.BrowserlessPortal;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The owner's coaches screen without a browser (Karibu-Testing), on the real services and database. */
@IntegrationTest
class CoachesViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext sql;

    @Autowired
    InvitationService invitations;

    @Autowired
    PasswordResetService resets;

    @Autowired
    LoginThrottle throttle;

    private TestData data;
    private CoachPrincipal owner;

    @BeforeEach
    void signInAsTheOwnerOfANewPractice() {
        data = new TestData(sql);
        owner = data.coach(data.practice(), Role.OWNER);
        BrowserlessPortal.start(context, owner);
    }

    @AfterEach
    void closeVaadin() {
        BrowserlessPortal.stop();
    }

    @Test
    void an_owner_alone_is_told_to_invite_and_sees_no_invitations_or_throttled_log_ins_yet() {
        UI.getCurrent().navigate(CoachesView.class);

        assertThat(GridKt._size(coachGrid())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(coachGrid(), 0)).contains(owner.displayName() + " (you)", "Owner", "0");
        assertThat(_get(Paragraph.class, spec -> spec.withText("You are the only coach so far: invite the coaches "
                + "of your practice, and each gets a link to choose their password.")).isVisible()).isTrue();
        assertThat(invitationGrid().getEmptyStateComponent().getElement().getTextRecursively())
                .contains("No pending invitations.");
        assertThat(throttleGrid().getEmptyStateComponent().getElement().getTextRecursively())
                .contains("Nobody is being slowed down.");
    }

    @Test
    void the_invitation_link_is_shown_once_and_the_invitation_waits_in_the_pending_list() {
        UI.getCurrent().navigate(CoachesView.class);

        _click(_get(Button.class, spec -> spec.withText("Invite a coach")));
        var dialog = _get(InviteDialog.class);
        _setValue(_get(dialog, EmailField.class, spec -> spec.withLabel("Email")), "dana@example.com");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Display name")), "Dana Diaz");
        _click(_get(dialog, Button.class, spec -> spec.withText("Create invitation link")));

        String link = _get(dialog, TextField.class, spec -> spec.withLabel("Invitation link")).getValue();
        assertThat(link).matches("http://[^/]+/invite/[A-Za-z0-9_-]{43}");
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withText(
                "This link is shown only now: copy it before you close this window.")).isVisible()).isTrue();
        NotificationsKt.expectNotifications("Invitation for Dana Diaz created.");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(invitations.open(token)).hasValueSatisfying(details ->
                assertThat(details.email()).isEqualTo("dana@example.com"));
        _click(_get(dialog, Button.class, spec -> spec.withText("Done")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._size(invitationGrid())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(invitationGrid(), 0)).contains("Dana Diaz", "dana@example.com", "Coach",
                owner.displayName());
        assertThat(_find(TextField.class, spec -> spec.withLabel("Invitation link"))).isEmpty();
    }

    @Test
    void an_email_already_in_use_is_refused_at_the_email_field() {
        invitations.invite(new InvitationDraft("dana@example.com", "Dana Diaz", Role.COACH));
        UI.getCurrent().navigate(CoachesView.class);

        _click(_get(Button.class, spec -> spec.withText("Invite a coach")));
        var dialog = _get(InviteDialog.class);
        var email = _get(dialog, EmailField.class, spec -> spec.withLabel("Email"));
        _setValue(email, "Dana@Example.com");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Display name")), "Dana Again");
        _click(_get(dialog, Button.class, spec -> spec.withText("Create invitation link")));

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Email is already used by a coach or a pending invitation.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(invitations.pending()).hasSize(1);
    }

    @Test
    void revoking_an_invitation_asks_first_then_its_link_stops_working() {
        String token = invitations.invite(new InvitationDraft("dana@example.com", "Dana Diaz", Role.COACH)).token();
        UI.getCurrent().navigate(CoachesView.class);

        _click((Button) GridKt._getCellComponent(invitationGrid(), 0, "revoke"));
        ConfirmDialog confirmation = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirmation)).isEqualTo("Revoke the invitation of Dana Diaz?");
        assertThat(invitations.open(token)).isPresent();
        ConfirmDialogKt._fireConfirm(confirmation);

        NotificationsKt.expectNotifications("The invitation of Dana Diaz is revoked.");
        assertThat(GridKt._size(invitationGrid())).isZero();
        assertThat(invitations.open(token)).isEmpty();
    }

    @Test
    void disabling_a_coach_with_clients_needs_a_successor_and_hands_the_clients_over() {
        var carla = data.coach(owner.practiceId(), Role.COACH);
        var dev = data.coach(owner.practiceId(), Role.COACH);
        UUID amy = data.client(carla, "Amy");
        UI.getCurrent().navigate(CoachesView.class);

        _click(_get(rowActions(carla), Button.class, spec -> spec.withText("Disable")));
        var dialog = _get(DisableCoachDialog.class);
        @SuppressWarnings("unchecked")
        ComboBox<CoachSummary> successor = _get(dialog, ComboBox.class);
        assertThat(successor.getLabel()).isEqualTo("Who takes over their client?");
        assertThat(successor.getListDataView().getItems().map(CoachSummary::id).toList())
                .containsExactlyInAnyOrder(owner.coachId(), dev.coachId());
        _click(_get(dialog, Button.class, spec -> spec.withText("Disable")));
        assertThat(successor.isInvalid()).isTrue();
        assertThat(enabled(carla)).isTrue();

        _setValue(successor, successor.getListDataView().getItems()
                .filter(coach -> coach.id().equals(dev.coachId())).findFirst().orElseThrow());
        _click(_get(dialog, Button.class, spec -> spec.withText("Disable")));

        NotificationsKt.expectNotifications(carla.displayName() + " is disabled. Their clients now belong to "
                + dev.displayName() + ".");
        assertThat(enabled(carla)).isFalse();
        assertThat(sql.fetchValue(CLIENT.COACH_ID, CLIENT.ID.eq(amy))).isEqualTo(dev.coachId());
        assertThat(_find(rowActions(carla), Button.class, spec -> spec.withText("Enable"))).hasSize(1);

        _click(_get(rowActions(carla), Button.class, spec -> spec.withText("Enable")));
        NotificationsKt.expectNotifications(carla.displayName() + " can sign in again.");
        assertThat(enabled(carla)).isTrue();
    }

    @Test
    void the_owner_cannot_disable_themselves_from_the_screen() {
        UI.getCurrent().navigate(CoachesView.class);

        assertThat(_find(rowActions(owner), Button.class, spec -> spec.withText("Disable"))).isEmpty();
    }

    @Test
    void a_reset_link_is_issued_after_a_confirmation_and_shown_once() {
        var carla = data.coach(owner.practiceId(), Role.COACH);
        UI.getCurrent().navigate(CoachesView.class);

        _click(_get(rowActions(carla), Button.class, spec -> spec.withText("Reset link")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        var dialog = _get(ResetLinkDialog.class);
        String link = _get(dialog, TextField.class, spec -> spec.withLabel("Password reset link")).getValue();
        assertThat(link).matches("http://[^/]+/reset/[A-Za-z0-9_-]{43}");
        assertThat(resets.open(link.substring(link.lastIndexOf('/') + 1))).hasValueSatisfying(details ->
                assertThat(details.email()).isEqualTo(carla.getUsername()));
    }

    @Test
    void the_owner_sees_a_coach_slowed_down_and_clears_them_after_a_confirmation() {
        var carla = data.coach(owner.practiceId(), Role.COACH);
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(carla.getUsername(), "198.51.100.7");
        }
        UI.getCurrent().navigate(CoachesView.class);

        assertThat(GridKt._size(throttleGrid())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(throttleGrid(), 0)).contains("Account " + carla.getUsername(), "5");
        _click((Button) GridKt._getCellComponent(throttleGrid(), 0, "clear"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        NotificationsKt.expectNotifications("Cleared " + carla.getUsername() + ": it can try again now.");
        assertThat(GridKt._size(throttleGrid())).isZero();
        assertThat(throttle.waitBefore(carla.getUsername(), "192.0.2.1")).isEmpty();
    }

    @Test
    @CrossPracticeProbe(routes = "coaches")
    void an_owner_of_another_practice_sees_none_of_this_practices_coaches_invitations_or_throttled_log_ins() {
        var carla = data.coach(owner.practiceId(), Role.COACH);
        invitations.invite(new InvitationDraft("dana-" + UUID.randomUUID() + "@example.com", "Dana", Role.COACH));
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(carla.getUsername(), "198.51.100.8");
        }
        BrowserlessPortal.stop();
        var intruder = data.coach(data.practice(), Role.OWNER);
        BrowserlessPortal.start(context, intruder);

        UI.getCurrent().navigate(CoachesView.class);

        assertThat(GridKt._size(coachGrid())).isEqualTo(1);
        assertThat(GridKt._get(coachGrid(), 0).id()).isEqualTo(intruder.coachId());
        assertThat(GridKt._size(invitationGrid())).isZero();
        assertThat(GridKt._size(throttleGrid())).isZero();
        assertThat(com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).doesNotContain(carla.displayName(),
                carla.getUsername(), owner.displayName());
    }

    private com.vaadin.flow.component.Component rowActions(CoachPrincipal coach) {
        List<CoachSummary> rows = GridKt._findAll(coachGrid());
        for (int row = 0; row < rows.size(); row++) {
            if (rows.get(row).id().equals(coach.coachId())) {
                return GridKt._getCellComponent(coachGrid(), row, "actions");
            }
        }
        throw new AssertionError("no row for " + coach.displayName());
    }

    private boolean enabled(CoachPrincipal coach) {
        return sql.fetchValue(COACH.ENABLED, COACH.ID.eq(coach.coachId()));
    }

    @SuppressWarnings("unchecked")
    private static Grid<CoachSummary> coachGrid() {
        return _find(Grid.class).get(0);
    }

    @SuppressWarnings("unchecked")
    private static Grid<PendingInvitation> invitationGrid() {
        return _find(Grid.class).get(1);
    }

    @SuppressWarnings("unchecked")
    private static Grid<ThrottledLogin> throttleGrid() {
        return _find(Grid.class).get(2);
    }
}
