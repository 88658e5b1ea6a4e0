package app.debrief.clients.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.debrief.clients.ClientDraft;
import app.debrief.clients.ClientField;
import app.debrief.clients.CoachOption;
import app.debrief.clients.InvalidClientException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import org.jspecify.annotations.Nullable;

/**
 * A client's name, email, target field and (for the owner) coach. The form checks what it can at
 * each field as the user types; what only the server knows (a taken email) shows at its field too.
 */
final class ClientDialog extends Dialog {

    /** Saves the draft, or throws {@link InvalidClientException} with what is wrong at which field. */
    @FunctionalInterface
    interface Save {
        void save(ClientDraft draft);
    }

    private static final String EMAIL_FORMAT = "Enter an email address like name@example.com, or leave it empty.";

    private final TextField name = new TextField("Name");
    private final EmailField email = new EmailField("Email");
    private final TextField targetField = new TextField("Target field");
    private final ComboBox<CoachOption> coach = new ComboBox<>("Coach");
    private final Binder<ClientDraft> binder = new Binder<>(ClientDraft.class);
    private final Save save;
    private final Runnable afterSave;

    ClientDialog(String title, String saveLabel, ClientDraft current, List<CoachOption> coaches,
            boolean chooseCoach, Save save, Runnable afterSave) {
        this.save = save;
        this.afterSave = afterSave;
        setHeaderTitle(title);

        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        // the field checks the format itself before the binder does: without its own message it turns red mutely
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(EMAIL_FORMAT));
        email.setHelperText("Optional. Each client of the practice has their own.");
        targetField.setMaxLength(120);
        targetField.setHelperText("Optional: the kind of job they are looking for.");
        coach.setItems(coaches);
        coach.setItemLabelGenerator(CoachOption::name);
        coach.setVisible(chooseCoach);
        bind(coaches);
        binder.readRecord(current);

        var form = new FormLayout(name, email, targetField, coach);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("28rem");
        add(form);

        var confirm = new Button(saveLabel, click -> save());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
        addOpenedChangeListener(opened -> name.focus());
    }

    private void bind(List<CoachOption> coaches) {
        binder.forField(name)
                .asRequired("A client needs a name.")
                .withValidator(new StringLengthValidator("A name has at most 120 characters.", 0, 120))
                .bind("name");
        binder.forField(email)
                .withValidator(new EmailValidator(EMAIL_FORMAT, true))
                .withNullRepresentation("")
                .bind("email");
        binder.forField(targetField)
                .withValidator(new StringLengthValidator("A target field has at most 120 characters.", 0, 120))
                .withNullRepresentation("")
                .bind("targetField");
        binder.forField(coach)
                .withConverter(ClientDialog::idOf, id -> coachOf(coaches, id))
                .bind("coachId");
    }

    private static @Nullable UUID idOf(@Nullable CoachOption option) {
        return option == null ? null : option.id();
    }

    private static @Nullable CoachOption coachOf(List<CoachOption> coaches, @Nullable UUID id) {
        return coaches.stream().filter(option -> option.id().equals(id)).findFirst().orElse(null);
    }

    private void save() {
        ClientDraft draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        try {
            save.save(draft);
        } catch (InvalidClientException e) {
            showAtFields(e.problemsByField());
            return;
        }
        close();
        afterSave.run();
    }

    private void showAtFields(Map<ClientField, String> problems) {
        problems.forEach((field, problem) -> {
            HasValidation input = switch (field) {
                case NAME -> name;
                case EMAIL -> email;
                case TARGET_FIELD -> targetField;
                case COACH -> coach;
            };
            input.setErrorMessage(problem);
            input.setInvalid(true);
        });
    }
}
