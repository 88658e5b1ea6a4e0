package app.debrief.accounts.ui;

import app.debrief.accounts.AccountField;
import app.debrief.accounts.AccountService;
import app.debrief.accounts.AccountValidation;
import app.debrief.accounts.InvalidAccountFieldsException;
import app.debrief.accounts.MyAccount;
import app.debrief.accounts.Role;
import app.debrief.accounts.Roles;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Every coach's own account: the name others see, and their password (which needs the current one). */
@Route("account")
@PageTitle("Your account · Debrief")
@RolesAllowed(Roles.COACH)
public class AccountView extends VerticalLayout {

    private final AccountService account;
    private final TextField displayName = new TextField("Display name");
    private final PasswordField currentPassword = new PasswordField("Current password");
    private final PasswordField newPassword = new PasswordField("New password");
    private final PasswordField confirmation = new PasswordField("New password again");

    public AccountView(AccountService account) {
        this.account = account;
        setPadding(true);
        MyAccount me = account.me();
        var cards = new FlexLayout(profile(me), password());
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-l)");
        add(new H1("Your account"), cards);
    }

    private VerticalLayout profile(MyAccount me) {
        var email = new TextField("Email (you sign in with it)");
        email.setValue(me.email());
        email.setReadOnly(true);
        email.setHelperText("Only your practice owner can change it, by inviting you again.");
        var role = new TextField("Role");
        role.setValue(me.role() == Role.OWNER ? "Owner" : "Coach");
        role.setReadOnly(true);
        var practice = new TextField("Practice");
        practice.setValue(me.practiceName());
        practice.setReadOnly(true);
        displayName.setValue(me.displayName());
        displayName.setMaxLength(120);
        displayName.setRequiredIndicatorVisible(true);
        displayName.setHelperText("How your practice and your clients see you.");
        var form = new FormLayout(displayName, email, role, practice);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var save = new Button("Save name", click -> rename());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(form);
        return card("Profile", form, save);
    }

    private VerticalLayout password() {
        newPassword.setHelperText("At least " + AccountValidation.MIN_PASSWORD_LENGTH + " characters.");
        java.util.List.of(currentPassword, newPassword, confirmation).forEach(field -> {
            field.setMaxLength(AccountValidation.MAX_PASSWORD_LENGTH);
            field.setRequiredIndicatorVisible(true);
        });
        var form = new FormLayout(currentPassword, newPassword, confirmation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var change = new Button("Change password", click -> changePassword());
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickShortcut(Key.ENTER).listenOn(form);
        return card("Password", form, change);
    }

    private static VerticalLayout card(String title, FormLayout form, Button action) {
        var card = new VerticalLayout(new H2(title), form, action);
        card.addClassName("debrief-card");
        card.setWidth("26rem");
        return card;
    }

    private void rename() {
        displayName.setInvalid(false);
        try {
            account.rename(displayName.getValue());
        } catch (InvalidAccountFieldsException e) {
            show(displayName, e.problemsByField().get(AccountField.DISPLAY_NAME));
            return;
        }
        saved("Your name is now " + displayName.getValue().strip() + ".");
    }

    private void changePassword() {
        java.util.List.of(currentPassword, newPassword, confirmation).forEach(field -> field.setInvalid(false));
        if (!newPassword.getValue().equals(confirmation.getValue())) {
            show(confirmation, "The two new passwords differ.");
            return;
        }
        try {
            account.changePassword(currentPassword.getValue(), newPassword.getValue());
        } catch (InvalidAccountFieldsException e) {
            e.problemsByField().forEach((field, problem) ->
                    show(field == AccountField.CURRENT_PASSWORD ? currentPassword : newPassword, problem));
            return;
        }
        currentPassword.clear();
        newPassword.clear();
        confirmation.clear();
        saved("Your password is changed. Use the new one next time you sign in.");
    }

    private static void show(HasValidation field, String problem) {
        field.setErrorMessage(problem);
        field.setInvalid(true);
    }

    private static void saved(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
