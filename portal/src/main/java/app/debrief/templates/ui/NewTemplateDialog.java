package app.debrief.templates.ui;

import java.util.UUID;
import java.util.function.Consumer;

import app.debrief.base.InvalidInputException;
import app.debrief.templates.LibraryView;
import app.debrief.templates.TemplateKind;
import app.debrief.templates.TemplateService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

/** Starts a template in a library: a name and what kind of message it is; the editor does the rest. */
final class NewTemplateDialog extends Dialog {

    private final TextField name = new TextField("Name");
    private final RadioButtonGroup<TemplateKind> kind = new RadioButtonGroup<>("Kind");

    NewTemplateDialog(LibraryView library, TemplateService templates, Consumer<UUID> openEditor) {
        setHeaderTitle("New template in " + library.name());
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        kind.setItems(TemplateKind.values());
        kind.setItemLabelGenerator(TemplateLabels::kind);
        kind.setValue(TemplateKind.EMAIL);
        var form = new FormLayout(name, kind);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("28rem");
        add(form);

        var create = new Button("Create and edit", click -> {
            try {
                UUID id = templates.create(library.id(), name.getValue(), kind.getValue());
                close();
                openEditor.accept(id);
            } catch (InvalidInputException e) {
                name.setErrorMessage(String.join(" ", e.problems()));
                name.setInvalid(true);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", click -> close()), create);
        addOpenedChangeListener(opened -> name.focus());
    }
}
