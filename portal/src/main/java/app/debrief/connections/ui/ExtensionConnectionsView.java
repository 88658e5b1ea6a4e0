package app.debrief.connections.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import app.debrief.accounts.Roles;
import app.debrief.base.NotFoundException;
import app.debrief.clients.ClientService;
import app.debrief.clients.ClientSummary;
import app.debrief.clients.ui.ClientsView;
import app.debrief.connections.ConnectionCodeService;
import app.debrief.connections.ExtensionConnection;
import app.debrief.connections.IssuedCode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Connecting a client's browser extension: a one-time connection code to hand over, and the
 * browsers already connected, each revocable.
 */
@Route("clients/:clientId/extension")
@PageTitle("Browser extension · Debrief")
@RolesAllowed(Roles.COACH)
public class ExtensionConnectionsView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private final ClientService clients;
    private final ConnectionCodeService codes;
    private final H1 title = new H1();
    private final TextArea code = new TextArea("Connection code (shown once)");
    private final Paragraph expiry = new Paragraph();
    private final Grid<ExtensionConnection> connections = new Grid<>();
    private @Nullable UUID clientId;

    public ExtensionConnectionsView(ClientService clients, ConnectionCodeService codes) {
        this.clients = clients;
        this.codes = codes;
        setPadding(true);
        code.setReadOnly(true);
        code.setWidth("40rem");
        code.setVisible(false);
        expiry.addClassName("debrief-muted");
        expiry.setVisible(false);

        var create = new Button("Create a connection code", click -> issue());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var copy = new Button("Copy", click -> code.getElement()
                .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", code.getValue()));
        copy.setVisible(false);
        code.addValueChangeListener(change -> copy.setVisible(!change.getValue().isEmpty()));

        connections.addColumn(ExtensionConnection::label).setHeader("Browser").setFlexGrow(2);
        connections.addColumn(c -> WHEN.format(c.createdAt())).setHeader("Connected");
        connections.addColumn(c -> c.lastUsedAt() == null ? "Never" : WHEN.format(c.lastUsedAt())).setHeader("Last used");
        connections.addComponentColumn(this::revokeButton).setHeader("").setKey("revoke").setAutoWidth(true)
                .setFlexGrow(0);
        connections.setEmptyStateText("No browser is connected yet: create a code and give it to your client.");
        connections.setAllRowsVisible(true);

        var codeRow = new HorizontalLayout(code, copy);
        codeRow.setAlignItems(FlexComponent.Alignment.END);
        add(new RouterLink("← Clients", ClientsView.class), title,
                new Paragraph("Your client pastes this code into the Debrief browser extension once. It works a "
                        + "single time, for 7 days; create a new one if it is lost."),
                create, codeRow, expiry, connections);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            UUID id = UUID.fromString(event.getRouteParameters().get("clientId").orElse(""));
            ClientSummary client = clients.get(id);
            clientId = id;
            title.setText("Browser extension of " + client.name());
            refresh();
        } catch (IllegalArgumentException | NotFoundException e) {
            title.setText("This client does not exist or is not yours to see");
            removeAll();
            add(new RouterLink("← Clients", ClientsView.class), title);
        }
    }

    private void issue() {
        IssuedCode issued = codes.issue(requireClient(), publicAddress());
        code.setValue(issued.code());
        code.setVisible(true);
        expiry.setText("Valid until " + WHEN.format(issued.expiresAt()) + ", for one connection.");
        expiry.setVisible(true);
    }

    private Button revokeButton(ExtensionConnection connection) {
        if (connection.revokedAt() != null) {
            var revoked = new Button("Revoked " + WHEN.format(connection.revokedAt()));
            revoked.setEnabled(false);
            revoked.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return revoked;
        }
        var revoke = new Button("Revoke", click -> {
            codes.revoke(connection.id());
            Notification.show("\"" + connection.label() + "\" is disconnected.")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY_INLINE);
        return revoke;
    }

    private void refresh() {
        connections.setItems(codes.connections(requireClient()));
    }

    private UUID requireClient() {
        if (clientId == null) {
            throw new NotFoundException("The client");
        }
        return clientId;
    }

    /** Where the extension will call: the address this portal is being served on. */
    private static String publicAddress() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "http://localhost:8080";
        }
        var http = request.getHttpServletRequest();
        return http.getScheme() + "://" + http.getServerName() + ":" + http.getServerPort();
    }
}
