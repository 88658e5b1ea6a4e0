package app.debrief.accounts.ui;

import java.time.ZoneId;
import java.util.TimeZone;

import app.debrief.accounts.AccountValidation;
import app.debrief.accounts.InvalidAccountException;
import app.debrief.accounts.NewPractice;
import app.debrief.accounts.PracticeSetupService;
import app.debrief.accounts.SetupAlreadyDoneException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The first-run page: creates the practice and its owner, once, then is gone for good. */
@Route(value = "setup", autoLayout = false)
@PageTitle("Set up Debrief")
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver {

    private final PracticeSetupService setup;
    private final TextField practiceName = new TextField("Practice name");
    private final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    private final TextField ownerName = new TextField("Your name");
    private final EmailField email = new EmailField("Your email (you sign in with it)");
    private final PasswordField password = new PasswordField("Password");
    private final PasswordField confirmation = new PasswordField("Password again");
    private final Paragraph problems = new Paragraph();

    public SetupView(PracticeSetupService setup) {
        this.setup = setup;
        addClassName("debrief-centered-page");
        setSizeFull();

        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setValue(TimeZone.getDefault().getID());
        password.setHelperText("At least " + AccountValidation.MIN_PASSWORD_LENGTH + " characters.");
        // the field checks the format itself on blur: without a message it would turn red without saying why
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage("Email must be an address like name@example.com."));
        practiceName.setMaxLength(120);
        ownerName.setMaxLength(120);
        java.util.List.of(practiceName, ownerName, email, password, confirmation)
                .forEach(field -> field.setRequiredIndicatorVisible(true));
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        problems.setVisible(false);

        var create = new Button("Create practice", click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);

        var form = new FormLayout(practiceName, timeZone, ownerName, email, password, confirmation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        var card = new VerticalLayout(new H1("Set up your practice"),
                new Paragraph("Welcome to Debrief. Name your practice and create the owner's account: the owner "
                        + "invites coaches and sets the practice up. This page is shown only once."),
                form, problems, create);
        card.addClassName("debrief-card");
        card.setMaxWidth("44rem");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (setup.isSetUp()) {
            event.forwardTo(LoginView.class);
        }
    }

    private void create() {
        if (!password.getValue().equals(confirmation.getValue())) {
            showProblems("The two passwords differ.");
            return;
        }
        var request = new NewPractice(practiceName.getValue(), timeZone.getValue() == null ? "" : timeZone.getValue(),
                ownerName.getValue(), email.getValue(), password.getValue());
        try {
            setup.setUp(request);
        } catch (InvalidAccountException e) {
            showProblems(String.join(" ", e.problems()));
            return;
        } catch (SetupAlreadyDoneException e) {
            Notification.show(e.getMessage());
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            return;
        }
        Notification.show("Your practice is ready. Sign in with your email and password.", 6000,
                Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(LoginView.class));
    }

    private void showProblems(String text) {
        problems.setText(text);
        problems.setVisible(true);
    }
}
