package app.debrief.connections.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import app.debrief.connections.ConnectionCodeService;
import app.debrief.connections.ExtensionConnection;
import app.debrief.connections.IssuedCode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * One client's browser extension: a one-time connection code to hand over (shown once, with its
 * expiry and a copy button), and the browsers already connected, each revocable.
 */
public class ExtensionConnectionsPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private final ConnectionCodeService codes;
    private final UUID clientId;
    private final TextArea code = new TextArea("Connection code (shown once)");
    private final Paragraph expiry = new Paragraph();
    private final Grid<ExtensionConnection> connections = new Grid<>();

    public ExtensionConnectionsPanel(ConnectionCodeService codes, UUID clientId) {
        this.codes = codes;
        this.clientId = clientId;
        setPadding(false);
        code.setReadOnly(true);
        code.setWidthFull();
        code.setMaxWidth("40rem");
        code.setVisible(false);
        expiry.addClassName("debrief-muted");
        expiry.setVisible(false);

        var create = new Button("Create a connection code", VaadinIcon.KEY.create(), click -> issue());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var copy = new Button("Copy", VaadinIcon.COPY.create(), click -> copy());
        copy.setVisible(false);
        code.addValueChangeListener(change -> copy.setVisible(!change.getValue().isEmpty()));

        connections.addColumn(ExtensionConnection::label).setHeader("Browser").setFlexGrow(2);
        connections.addColumn(c -> WHEN.format(c.createdAt())).setHeader("Connected").setAutoWidth(true);
        connections.addColumn(c -> c.lastUsedAt() == null ? "Never" : WHEN.format(c.lastUsedAt()))
                .setHeader("Last used").setAutoWidth(true);
        connections.addComponentColumn(this::revokeButton).setHeader("").setKey("revoke").setAutoWidth(true)
                .setFlexGrow(0);
        connections.setEmptyStateText("No browser is connected yet: create a code and give it to your client.");
        connections.setAllRowsVisible(true);

        var codeRow = new HorizontalLayout(code, copy);
        codeRow.setWidthFull();
        codeRow.setAlignItems(FlexComponent.Alignment.END);
        var explanation = new Paragraph("Your client pastes this code into the Debrief browser extension once. It "
                + "works a single time, for 7 days; create a new one if it is lost.");
        explanation.addClassName("debrief-muted");
        add(explanation, create, codeRow, expiry, connections);
        refresh();
    }

    private void issue() {
        IssuedCode issued = codes.issue(clientId, ServedAddress.current());
        code.setValue(issued.code());
        code.setVisible(true);
        expiry.setText("Valid until " + WHEN.format(issued.expiresAt()) + ", for one connection.");
        expiry.setVisible(true);
    }

    private void copy() {
        code.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", code.getValue());
        Notification.show("Copied the connection code.", 2000, Notification.Position.BOTTOM_START);
    }

    private Button revokeButton(ExtensionConnection connection) {
        if (connection.revokedAt() != null) {
            var revoked = new Button("Revoked " + WHEN.format(connection.revokedAt()));
            revoked.setEnabled(false);
            revoked.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return revoked;
        }
        var revoke = new Button("Revoke", click -> confirmRevoke(connection));
        revoke.setAriaLabel("Revoke " + connection.label());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY_INLINE);
        return revoke;
    }

    private void confirmRevoke(ExtensionConnection connection) {
        var confirm = new ConfirmDialog("Disconnect \u201c" + connection.label() + "\u201d?",
                "The extension in that browser stops working at once. Your client can connect it again with a new "
                        + "code.", "Disconnect", click -> revoke(connection));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void revoke(ExtensionConnection connection) {
        codes.revoke(connection.id());
        Notification.show("\u201c" + connection.label() + "\u201d is disconnected.")
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void refresh() {
        connections.setItems(codes.connections(clientId));
    }
}
