package app.debrief.team.ui;

import java.time.Instant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A one-time link, shown once: only its hash is stored, so closing this is the last chance to copy
 * it. The owner hands it over themselves (no email is sent).
 */
final class OneTimeLink extends VerticalLayout {

    private final TextField link = new TextField();

    OneTimeLink(String label, String url, Instant expiresAt, String forWhom) {
        setPadding(false);
        link.setLabel(label);
        link.setValue(url);
        link.setReadOnly(true);
        link.setWidthFull();
        link.addFocusListener(focus -> link.getElement().executeJs("this.inputElement.select()"));
        var copy = new Button("Copy link", VaadinIcon.COPY_O.create(), click -> copy(url));
        copy.setAriaLabel("Copy the link");
        var row = new HorizontalLayout(link, copy);
        row.setWidthFull();
        row.setFlexGrow(1, link);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        var expiry = new Paragraph("Works once, until " + When.at(expiresAt) + ". Send it to " + forWhom
                + " yourself, by email or chat.");
        expiry.addClassName("debrief-muted");
        var once = new Paragraph("This link is shown only now: copy it before you close this window.");
        once.getStyle().set("font-weight", "600");
        add(row, expiry, once);
        addAttachListener(attach -> copy.focus());
    }

    private void copy(String url) {
        link.getElement().executeJs("return navigator.clipboard ? navigator.clipboard.writeText($0).then(() => true)"
                + " : false", url).then(Boolean.class, copied -> Notification.show(Boolean.TRUE.equals(copied)
                ? "Link copied." : "Select the link and copy it with Ctrl+C."));
    }

    String url() {
        return link.getValue();
    }
}
