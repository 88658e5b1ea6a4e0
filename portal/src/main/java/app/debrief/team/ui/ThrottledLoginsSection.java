package app.debrief.team.ui;

import app.debrief.accounts.ThrottleScope;
import app.debrief.accounts.ThrottledLogin;
import app.debrief.accounts.ThrottledLoginsService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Who is being slowed down after failed log-ins, with a way to let someone the owner knows try
 * again at once (after a phone call, say). Nothing is ever locked: waits grow, then fade after a day.
 */
final class ThrottledLoginsSection extends VerticalLayout {

    private final ThrottledLoginsService throttled;
    private final Grid<ThrottledLogin> grid = new Grid<>();

    ThrottledLoginsSection(ThrottledLoginsService throttled) {
        this.throttled = throttled;
        setPadding(false);
        grid.addColumn(ThrottledLoginsSection::who).setHeader("Account or address").setFlexGrow(3);
        grid.addColumn(ThrottledLogin::failures).setHeader("Failed log-ins").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(login -> When.waiting(login.currentWait())).setHeader("Must wait").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(login -> When.at(login.lastFailureAt())).setHeader("Last failure").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::clearButton).setHeader("").setKey("clear").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateComponent(CoachesView.emptyState("Nobody is being slowed down.",
                "After more than 3 failed log-ins in a row, an account or address waits longer before each "
                        + "new try. They show up here; clear one when you know who it is."));
        var hint = new Paragraph("Failures fade after a day without any. Accounts wait at most 30 seconds, "
                + "addresses up to 15 minutes.");
        hint.addClassName("debrief-muted");
        add(new H2("Throttled log-ins"), hint, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(throttled.current());
    }

    private static String who(ThrottledLogin login) {
        return (login.scope() == ThrottleScope.ACCOUNT ? "Account " : "Address ") + login.key();
    }

    private Button clearButton(ThrottledLogin login) {
        var clear = new Button("Clear", click -> confirmClear(login));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        clear.setAriaLabel("Clear the failed log-ins of " + login.key());
        return clear;
    }

    private void confirmClear(ThrottledLogin login) {
        var confirm = new ConfirmDialog("Clear the failed log-ins of " + login.key() + "?",
                "Its next log-in is checked at once. Do this only when you know who has been failing.",
                "Clear", confirmed -> clear(login));
        confirm.setCancelable(true);
        confirm.open();
    }

    private void clear(ThrottledLogin login) {
        throttled.clear(login.scope(), login.key());
        Notification.show("Cleared " + login.key() + ": it can try again now.", 3000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }
}
