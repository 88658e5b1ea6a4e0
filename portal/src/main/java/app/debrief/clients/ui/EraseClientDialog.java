package app.debrief.clients.ui;

import app.debrief.clients.ClientSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** Erasing cannot be undone, so the coach types the client's name before the button works. */
final class EraseClientDialog extends Dialog {

    private final TextField typedName = new TextField("Type the client's name to confirm");
    private final Button erase = new Button("Erase for good");

    EraseClientDialog(ClientSummary client, Runnable eraseClient) {
        setHeaderTitle("Erase " + client.name() + "?");
        var explanation = new Paragraph("Their name, email and target field are removed for good. Reports keep "
                + "anonymised counts of their requests. This cannot be undone.");
        explanation.setMaxWidth("28rem");
        typedName.setWidthFull();
        typedName.setHelperText(client.name());
        typedName.setValueChangeMode(ValueChangeMode.EAGER);
        typedName.addValueChangeListener(change -> erase.setEnabled(change.getValue().strip().equals(client.name())));
        add(explanation, typedName);

        erase.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        erase.setEnabled(false);
        erase.addClickListener(click -> {
            close();
            eraseClient.run();
        });
        getFooter().add(new Button("Cancel", click -> close()), erase);
        addOpenedChangeListener(opened -> typedName.focus());
    }
}
