package app.debrief.templates.ui;

import java.util.function.Consumer;

import app.debrief.templates.Placeholder;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One button per placeholder the language knows; a click hands {@code {{name}}} to whoever inserts it. */
final class PlaceholderPalette extends Div {

    PlaceholderPalette(Consumer<String> insert) {
        addClassName("debrief-palette");
        var label = new Span("Insert at the cursor:");
        label.addClassName("debrief-muted");
        add(label);
        for (Placeholder placeholder : Placeholder.values()) {
            String token = "{{" + placeholder.key() + "}}";
            var button = new Button(token, click -> insert.accept(token));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            button.setTooltipText("Insert " + token + " where the cursor is in the body");
            add(button);
        }
    }
}
