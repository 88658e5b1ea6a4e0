package app.debrief.team.ui;

import java.util.List;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.InvitationService;
import app.debrief.accounts.PasswordResetService;
import app.debrief.accounts.Roles;
import app.debrief.accounts.ThrottledLoginsService;
import app.debrief.base.InvalidInputException;
import app.debrief.team.CoachSummary;
import app.debrief.team.TeamService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The owner's coaches screen: the practice's coaches with their clients, invitations, password-reset
 * links, disabling and enabling, and who is being slowed down after failed log-ins.
 */
@Route("coaches")
@PageTitle("Coaches · Debrief")
@RolesAllowed(Roles.OWNER)
public class CoachesView extends VerticalLayout {

    private final TeamService team;
    private final PasswordResetService resets;
    private final UUID me;
    private final Grid<CoachSummary> grid = new Grid<>();
    private final Paragraph aloneHint = new Paragraph("You are the only coach so far: invite the coaches of your "
            + "practice, and each gets a link to choose their password.");
    private final InvitationsSection invitations;
    private List<CoachSummary> coaches = List.of();

    public CoachesView(TeamService team, InvitationService invitations, PasswordResetService resets,
            ThrottledLoginsService throttled, AuthenticationContext authentication) {
        this.team = team;
        this.resets = resets;
        this.me = authentication.getAuthenticatedUser(CoachPrincipal.class).orElseThrow().coachId();
        this.invitations = new InvitationsSection(invitations);
        setPadding(true);

        var invite = new Button("Invite a coach", VaadinIcon.PLUS.create(),
                click -> new InviteDialog(invitations, this.invitations::refresh).open());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var title = new HorizontalLayout(new H1("Coaches"), invite);
        title.setWidthFull();
        title.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        configureGrid();
        aloneHint.addClassName("debrief-muted");
        add(title, grid, aloneHint, this.invitations, new ThrottledLoginsSection(throttled));
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(coach -> coach.displayName() + (coach.id().equals(me) ? " (you)" : "")).setHeader("Name")
                .setFlexGrow(2);
        grid.addColumn(CoachSummary::email).setHeader("Email").setFlexGrow(2);
        grid.addColumn(coach -> InviteDialog.label(coach.role())).setHeader("Role").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(CoachesView::stateBadge).setHeader("Status").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(CoachSummary::clients).setHeader("Clients").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::rowActions).setHeader("Actions").setKey("actions").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
    }

    private void refresh() {
        coaches = team.coaches();
        grid.setItems(coaches);
        aloneHint.setVisible(coaches.size() <= 1);
    }

    private Component rowActions(CoachSummary coach) {
        var actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (coach.enabled()) {
            var reset = small(new Button("Reset link", click -> confirmReset(coach)));
            reset.setAriaLabel("Password reset link for " + coach.displayName());
            actions.add(reset);
            if (!coach.id().equals(me)) {
                var disable = small(new Button("Disable", click -> openDisable(coach)));
                disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
                disable.setAriaLabel("Disable " + coach.displayName());
                actions.add(disable);
            }
        } else {
            var enable = small(new Button("Enable", click -> enable(coach)));
            enable.setAriaLabel("Enable " + coach.displayName());
            actions.add(enable);
        }
        return actions;
    }

    private void confirmReset(CoachSummary coach) {
        var confirm = new ConfirmDialog("New password reset link for " + coach.displayName() + "?",
                "The link lets whoever opens it set " + coach.displayName() + "'s password, once, within 24 "
                        + "hours. Any earlier reset link for them stops working.",
                "Create link", confirmed -> new ResetLinkDialog(coach, resets.issue(coach.id())).open());
        confirm.setCancelable(true);
        confirm.open();
    }

    private void openDisable(CoachSummary coach) {
        var others = coaches.stream().filter(other -> other.enabled() && !other.id().equals(coach.id())).toList();
        new DisableCoachDialog(coach, others, this::disable).open();
    }

    private void disable(CoachSummary coach, @Nullable UUID successor) {
        team.disable(coach.id(), successor);
        String handedOver = successor == null ? "" : " Their clients now belong to " + coaches.stream()
                .filter(other -> other.id().equals(successor)).findFirst().map(CoachSummary::displayName)
                .orElse("the coach you chose") + ".";
        saved(coach.displayName() + " is disabled." + handedOver);
        refresh();
    }

    private void enable(CoachSummary coach) {
        try {
            team.enable(coach.id());
        } catch (InvalidInputException e) {
            Notification.show(e.getMessage());
            return;
        }
        saved(coach.displayName() + " can sign in again.");
        refresh();
    }

    private static Span stateBadge(CoachSummary coach) {
        var badge = new Span(coach.enabled() ? "Enabled" : "Disabled");
        badge.getElement().getThemeList().add(coach.enabled() ? "badge success" : "badge contrast");
        return badge;
    }

    private static Button small(Button button) {
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private static void saved(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static Div emptyState(String headline, String next) {
        var title = new Paragraph(headline);
        title.addClassName("debrief-empty-title");
        var hint = new Paragraph(next);
        hint.addClassName("debrief-muted");
        var state = new Div(title, hint);
        state.addClassName("debrief-empty-state");
        return state;
    }
}
