package app.debrief.team.ui;

import app.debrief.accounts.InvitationService;
import app.debrief.accounts.PendingInvitation;
import app.debrief.base.NotFoundException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Invitations not accepted yet, each revocable; their links are never shown again. */
final class InvitationsSection extends VerticalLayout {

    private final InvitationService invitations;
    private final Grid<PendingInvitation> grid = new Grid<>();

    InvitationsSection(InvitationService invitations) {
        this.invitations = invitations;
        setPadding(false);
        grid.addColumn(PendingInvitation::displayName).setHeader("Name").setFlexGrow(1);
        grid.addColumn(PendingInvitation::email).setHeader("Email").setFlexGrow(2).setTooltipGenerator(
                PendingInvitation::email);
        grid.addColumn(invitation -> InviteDialog.label(invitation.role())).setHeader("Role").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PendingInvitation::invitedBy).setHeader("Invited by").setFlexGrow(1);
        grid.addColumn(invitation -> When.at(invitation.expiresAt())).setHeader("Link works until")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::revokeButton).setHeader("").setKey("revoke").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateComponent(CoachesView.emptyState("No pending invitations.",
                "Invite a coach: Debrief makes a link, valid for 7 days, that lets them choose their password."));
        add(new H2("Pending invitations"), grid);
        refresh();
    }

    void refresh() {
        grid.setItems(invitations.pending());
    }

    private Button revokeButton(PendingInvitation invitation) {
        var revoke = new Button("Revoke", click -> confirmRevoke(invitation));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY_INLINE);
        revoke.setAriaLabel("Revoke the invitation of " + invitation.displayName());
        return revoke;
    }

    private void confirmRevoke(PendingInvitation invitation) {
        var confirm = new ConfirmDialog("Revoke the invitation of " + invitation.displayName() + "?",
                "Their link stops working at once. You can invite " + invitation.email() + " again later.",
                "Revoke", confirmed -> revoke(invitation));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private void revoke(PendingInvitation invitation) {
        try {
            invitations.revoke(invitation.id());
            Notification.show("The invitation of " + invitation.displayName() + " is revoked.", 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (NotFoundException e) {
            Notification.show("That invitation was accepted, revoked or has expired meanwhile.");
        }
        refresh();
    }
}
