package app.debrief.accounts.ui;

import java.util.Map;

import app.debrief.accounts.AccountField;
import app.debrief.accounts.AccountValidation;
import app.debrief.accounts.InvalidAccountFieldsException;
import app.debrief.accounts.InvitationDetails;
import app.debrief.accounts.InvitationService;
import app.debrief.accounts.LinkNoLongerValidException;
import app.debrief.accounts.Role;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The page an invitation link opens: who invited whom, and the two things the new coach chooses,
 * their display name and password. Accepting creates the account and leads to sign-in.
 */
@Route(value = "invite/:token", autoLayout = false)
@PageTitle("Join your practice · Debrief")
@AnonymousAllowed
public class AcceptInvitationView extends VerticalLayout implements BeforeEnterObserver {

    private final InvitationService invitations;
    private final TextField displayName = new TextField("Display name");
    private final PasswordField password = new PasswordField("Password");
    private final PasswordField confirmation = new PasswordField("Password again");
    private String token = "";

    public AcceptInvitationView(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("debrief-centered-page");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        invitations.open(token).ifPresentOrElse(this::showInvitation, () -> add(new LinkGoneCard()));
    }

    private void showInvitation(InvitationDetails invitation) {
        displayName.setValue(invitation.displayName());
        displayName.setMaxLength(120);
        displayName.setHelperText("How your practice sees you. You can change it later.");
        password.setHelperText("At least " + AccountValidation.MIN_PASSWORD_LENGTH + " characters.");
        password.setMaxLength(AccountValidation.MAX_PASSWORD_LENGTH);
        confirmation.setMaxLength(AccountValidation.MAX_PASSWORD_LENGTH);
        java.util.List.of(displayName, password, confirmation).forEach(field -> field.setRequiredIndicatorVisible(true));
        var form = new FormLayout(displayName, password, confirmation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        var accept = new Button("Create my account", click -> accept(invitation));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickShortcut(Key.ENTER);

        String role = invitation.role() == Role.OWNER ? "an owner" : "a coach";
        var title = new H1("Join " + invitation.practiceName());
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        var card = new VerticalLayout(title,
                new Paragraph("You are invited to Debrief as " + role + ". You will sign in with "
                        + invitation.email() + "."),
                form, accept,
                muted("This invitation works once, until " + Expiry.until(invitation.expiresAt()) + "."));
        card.addClassName("debrief-card");
        card.setMaxWidth("32rem");
        add(card);
        password.focus();
    }

    private void accept(InvitationDetails invitation) {
        if (!password.getValue().equals(confirmation.getValue())) {
            show(confirmation, "The two passwords differ.");
            return;
        }
        try {
            invitations.accept(token, displayName.getValue(), password.getValue());
        } catch (InvalidAccountFieldsException e) {
            showAtFields(e.problemsByField());
            return;
        } catch (LinkNoLongerValidException e) {
            removeAll();
            add(new LinkGoneCard());
            return;
        }
        Notification.show("Welcome to " + invitation.practiceName() + ". Sign in with " + invitation.email()
                + " and your new password.", 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(LoginView.class));
    }

    private void showAtFields(Map<AccountField, String> problems) {
        problems.forEach((field, problem) -> show(field == AccountField.DISPLAY_NAME ? displayName : password,
                problem));
    }

    private static void show(HasValidation field, String problem) {
        field.setErrorMessage(problem);
        field.setInvalid(true);
    }

    private static Paragraph muted(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("debrief-muted");
        return paragraph;
    }
}
