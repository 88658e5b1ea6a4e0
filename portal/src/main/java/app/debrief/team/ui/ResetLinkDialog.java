package app.debrief.team.ui;

import app.debrief.accounts.IssuedLink;
import app.debrief.team.CoachSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/** A coach's new password-reset link, shown once. */
final class ResetLinkDialog extends Dialog {

    ResetLinkDialog(CoachSummary coach, IssuedLink link) {
        setHeaderTitle("Password reset link for " + coach.displayName());
        var oneTime = new OneTimeLink("Password reset link", PortalAddress.current() + "/reset/" + link.token(),
                link.expiresAt(), coach.displayName());
        oneTime.setWidth("36rem");
        add(oneTime);
        var done = new Button("Done", click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
