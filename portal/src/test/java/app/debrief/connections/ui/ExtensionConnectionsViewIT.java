package app.debrief.connections.ui;

import static app.debrief.db.jooq.Tables.CONNECTION_CODE;
import static app.debrief.db.jooq.Tables.EXTENSION_TOKEN;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.connections.ConnectionCodeService;
import app.debrief.connections.ExtensionConnector;
import app.debrief.testsupport.BrowserlessPortal;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The coach's screen for a client's browser extension, without a browser, on the real services. */
@IntegrationTest
class ExtensionConnectionsViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext sql;

    @Autowired
    ExtensionConnector connector;

    @Autowired
    ConnectionCodeService codes;

    private CoachPrincipal coach;
    private UUID client;

    @BeforeEach
    void aCoachWithAClient() {
        var data = new TestData(sql);
        coach = data.coach(data.practice(), Role.COACH);
        client = data.client(coach, "Keiko Tanaka");
        BrowserlessPortal.start(context, coach);
    }

    @AfterEach
    void closeVaadin() {
        BrowserlessPortal.stop();
    }

    @Test
    void the_coach_creates_a_code_the_client_connects_with_and_the_coach_revokes_that_browser() {
        UI.getCurrent().navigate("clients/" + client + "/extension");
        assertThat(_get(H1.class).getText()).isEqualTo("Browser extension of Keiko Tanaka");

        _click(_get(Button.class, spec -> spec.withText("Create a connection code")));
        String code = _get(TextArea.class).getValue();
        assertThat(code).startsWith("DBR1.");

        connector.connect(code, "Keiko's laptop", "192.0.2.10");
        UI.getCurrent().navigate("clients/" + client + "/extension");
        @SuppressWarnings("unchecked")
        Grid<app.debrief.connections.ExtensionConnection> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).label()).isEqualTo("Keiko's laptop");

        _click((Button) GridKt._getCellComponent(grid, 0, "revoke"));
        var confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));

        TestData.signIn(coach);
        assertThat(codes.connections(client).getFirst().revokedAt()).isNotNull();
    }

    @Test
    @CrossPracticeProbe(routes = "clients/:clientId/extension")
    void another_practices_client_is_not_shown() {
        BrowserlessPortal.stop();
        TestData.signIn(coach);
        connector.connect(codes.issue(client, "https://debrief.example.com").code(), "Keiko's laptop", "192.0.2.11");
        int codesBefore = sql.fetchCount(CONNECTION_CODE, CONNECTION_CODE.CLIENT_ID.eq(client));
        var data = new TestData(sql);
        BrowserlessPortal.start(context, data.coach(data.practice(), Role.OWNER));

        UI.getCurrent().navigate("clients/" + client + "/extension");

        assertThat(_get(H1.class).getText()).isEqualTo("This client does not exist or is not yours to see");
        assertThat(UI.getCurrent().getCurrentView().getElement().getTextRecursively())
                .doesNotContain("Keiko").doesNotContain("laptop");
        _assertNone(Grid.class);
        _assertNone(Button.class, spec -> spec.withText("Create a connection code"));
        assertThat(sql.fetchCount(CONNECTION_CODE, CONNECTION_CODE.CLIENT_ID.eq(client))).isEqualTo(codesBefore);
        assertThat(sql.fetchCount(EXTENSION_TOKEN, EXTENSION_TOKEN.CLIENT_ID.eq(client)
                .and(EXTENSION_TOKEN.REVOKED_AT.isNull()))).isEqualTo(1);
    }
}
