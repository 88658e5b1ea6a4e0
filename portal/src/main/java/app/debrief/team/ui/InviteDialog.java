package app.debrief.team.ui;

import java.util.Map;

import app.debrief.accounts.AccountField;
import app.debrief.accounts.InvalidAccountFieldsException;
import app.debrief.accounts.InvitationDraft;
import app.debrief.accounts.InvitationService;
import app.debrief.accounts.IssuedLink;
import app.debrief.accounts.Role;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

/** Invites a coach: their email, name and role; then shows the invitation link, once. */
final class InviteDialog extends Dialog {

    private final InvitationService invitations;
    private final Runnable afterInvite;
    private final EmailField email = new EmailField("Email");
    private final TextField displayName = new TextField("Display name");
    private final Select<Role> role = new Select<>();

    InviteDialog(InvitationService invitations, Runnable afterInvite) {
        this.invitations = invitations;
        this.afterInvite = afterInvite;
        setHeaderTitle("Invite a coach");
        email.setMaxLength(254);
        // the field checks the format itself on blur: without a message it would turn red without saying why
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage("Email must be an address like name@example.com."));
        email.setHelperText("They sign in with it.");
        email.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(120);
        displayName.setHelperText("They can change it when they accept.");
        displayName.setRequiredIndicatorVisible(true);
        role.setLabel("Role");
        role.setItems(Role.COACH, Role.OWNER);
        role.setItemLabelGenerator(InviteDialog::label);
        role.setValue(Role.COACH);
        role.setHelperText("Owners also manage coaches and the practice.");
        var form = new FormLayout(email, displayName, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("28rem");
        add(new Paragraph("Debrief makes a link you send them yourself; no email is sent."), form);

        var create = new Button("Create invitation link", click -> invite());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", click -> close()), create);
        addOpenedChangeListener(opened -> email.focus());
    }

    static String label(Role role) {
        return role == Role.OWNER ? "Owner" : "Coach";
    }

    private void invite() {
        email.setInvalid(false);
        displayName.setInvalid(false);
        var draft = new InvitationDraft(email.getValue(), displayName.getValue(),
                role.getValue() == null ? Role.COACH : role.getValue());
        IssuedLink link;
        try {
            link = invitations.invite(draft);
        } catch (InvalidAccountFieldsException e) {
            showAtFields(e.problemsByField());
            return;
        }
        showLink(draft, link);
        afterInvite.run();
        Notification.show("Invitation for " + draft.displayName().strip() + " created.", 3000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void showLink(InvitationDraft draft, IssuedLink link) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle("Invitation for " + draft.displayName().strip());
        var oneTime = new OneTimeLink("Invitation link", PortalAddress.current() + "/invite/" + link.token(),
                link.expiresAt(), draft.displayName().strip());
        oneTime.setWidth("36rem");
        add(oneTime);
        var done = new Button("Done", click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }

    private void showAtFields(Map<AccountField, String> problems) {
        problems.forEach((field, problem) -> {
            HasValidation input = field == AccountField.EMAIL ? email : displayName;
            input.setErrorMessage(problem);
            input.setInvalid(true);
        });
    }
}
