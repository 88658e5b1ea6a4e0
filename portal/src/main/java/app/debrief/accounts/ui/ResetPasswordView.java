package app.debrief.accounts.ui;

import app.debrief.accounts.AccountValidation;
import app.debrief.accounts.InvalidAccountFieldsException;
import app.debrief.accounts.LinkNoLongerValidException;
import app.debrief.accounts.PasswordResetService;
import app.debrief.accounts.ResetDetails;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The page a password-reset link opens: a new password, once; then sign-in. */
@Route(value = "reset/:token", autoLayout = false)
@PageTitle("Choose a new password · Debrief")
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver {

    private final PasswordResetService resets;
    private final PasswordField password = new PasswordField("New password");
    private final PasswordField confirmation = new PasswordField("New password again");
    private String token = "";

    public ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("debrief-centered-page");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        resets.open(token).ifPresentOrElse(this::showForm, () -> add(new LinkGoneCard()));
    }

    private void showForm(ResetDetails reset) {
        password.setHelperText("At least " + AccountValidation.MIN_PASSWORD_LENGTH + " characters.");
        password.setMaxLength(AccountValidation.MAX_PASSWORD_LENGTH);
        confirmation.setMaxLength(AccountValidation.MAX_PASSWORD_LENGTH);
        password.setRequiredIndicatorVisible(true);
        confirmation.setRequiredIndicatorVisible(true);
        var form = new FormLayout(password, confirmation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        var save = new Button("Set new password", click -> save(reset));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);

        var expiry = new Paragraph("This link works once, until " + Expiry.until(reset.expiresAt()) + ".");
        expiry.addClassName("debrief-muted");
        var title = new H1("Choose a new password");
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        var card = new VerticalLayout(title,
                new Paragraph("For " + reset.displayName() + " (" + reset.email() + ") at " + reset.practiceName()
                        + "."),
                form, save, expiry);
        card.addClassName("debrief-card");
        card.setMaxWidth("32rem");
        add(card);
        password.focus();
    }

    private void save(ResetDetails reset) {
        if (!password.getValue().equals(confirmation.getValue())) {
            confirmation.setErrorMessage("The two passwords differ.");
            confirmation.setInvalid(true);
            return;
        }
        try {
            resets.reset(token, password.getValue());
        } catch (InvalidAccountFieldsException e) {
            password.setErrorMessage(String.join(" ", e.problems()));
            password.setInvalid(true);
            return;
        } catch (LinkNoLongerValidException e) {
            removeAll();
            add(new LinkGoneCard());
            return;
        }
        Notification.show("Your password is set. Sign in with " + reset.email() + " and your new password.", 8000,
                Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(LoginView.class));
    }
}
