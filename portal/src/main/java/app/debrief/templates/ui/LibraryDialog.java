package app.debrief.templates.ui;

import app.debrief.base.InvalidInputException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/** A library's name and description, for a new library or an existing one; problems show at their field. */
final class LibraryDialog extends Dialog {

    /** Saves the name and description, or throws {@link InvalidInputException} with what is wrong. */
    @FunctionalInterface
    interface Save {
        void save(String name, String description);
    }

    private final TextField name = new TextField("Name");
    private final TextArea description = new TextArea("Description");
    private final Save save;
    private final Runnable afterSave;

    LibraryDialog(String title, String saveLabel, String currentName, @Nullable String currentDescription, Save save,
            Runnable afterSave) {
        this.save = save;
        this.afterSave = afterSave;
        setHeaderTitle(title);
        name.setValue(currentName);
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        description.setValue(currentDescription == null ? "" : currentDescription);
        description.setHelperText("What the library is for, so other coaches know when to use it.");
        description.setMaxLength(1000);
        var form = new FormLayout(name, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("28rem");
        add(form);

        var confirm = new Button(saveLabel, click -> save());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
        addOpenedChangeListener(opened -> name.focus());
    }

    private void save() {
        name.setInvalid(false);
        description.setInvalid(false);
        try {
            save.save(name.getValue(), description.getValue());
        } catch (InvalidInputException e) {
            for (String problem : e.problems()) {
                var field = problem.contains("description") ? description : name;
                field.setErrorMessage(problem);
                field.setInvalid(true);
            }
            return;
        }
        close();
        afterSave.run();
    }
}
