package app.debrief.clients.ui;

import static app.debrief.db.jooq.Tables.CLIENT;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.clients.ImportRow;
import app.debrief.testsupport.BrowserlessPortal;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Importing clients from CSV in the portal, without a browser: upload, preview, import. */
@IntegrationTest
class ClientImportViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext sql;

    private CoachPrincipal coach;

    @BeforeEach
    void signInToANewPractice() {
        var data = new TestData(sql);
        coach = data.coach(data.practice(), Role.COACH);
        BrowserlessPortal.start(context, coach);
    }

    @AfterEach
    void closeVaadin() {
        BrowserlessPortal.stop();
    }

    @Test
    void the_book_leads_to_the_import_whose_preview_names_the_bad_row_and_imports_the_good_ones() throws Exception {
        UI.getCurrent().navigate(ClientsView.class);
        _click(_get(Button.class, spec -> spec.withText("Import CSV")));

        upload(file("one-bad-row.csv"));

        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses(
                "debrief-import-summary")).getText()).isEqualTo("5 rows read: 4 ready to import, 1 with a problem "
                + "(row 5). Fix the file and choose it again, or import only the good rows.");
        assertThat(GridKt._size(rows())).isEqualTo(5);
        ImportRow bad = GridKt._get(rows(), 3);
        assertThat(bad.row()).isEqualTo(5);
        assertThat(((Span) GridKt._getCellComponent(rows(), 3, "check")).getText())
                .isEqualTo("Email \"not-an-email\" is not an address like name@example.com.");
        assertThat(count()).as("the preview writes nothing").isZero();

        _click(_get(Button.class, spec -> spec.withText("Import the 4 good rows")));
        assertThat(_get(ProgressBar.class).isVisible()).as("a progress bar while the import runs").isTrue();
        assertThat(UI.getCurrent().getPollInterval()).as("the page asks for progress while it runs").isPositive();
        waitUntil(() -> !_find(ClientsView.class).isEmpty());
        assertThat(UI.getCurrent().getPollInterval()).isNegative();

        NotificationsKt.expectNotifications("Imported 4 clients.");
        assertThat(count()).isEqualTo(4);
    }

    @Test
    void a_file_with_a_wrong_header_is_refused_with_the_reason_and_nothing_to_import() {
        UI.getCurrent().navigate(ClientImportView.class);

        upload("full name,email\nAda,ada@example.com\n".getBytes(StandardCharsets.UTF_8));

        assertThat(_get(ClientImportView.class).getElement().getTextRecursively()).contains("This file cannot be imported:",
                "The header names an unknown column \"full name\"");
        assertThat(_find(Button.class, spec -> spec.withText("Import 1 client"))).allMatch(b -> !b.isVisible());
        assertThat(count()).isZero();
    }

    @Test
    @CrossPracticeProbe(routes = {"clients/import"})
    void an_import_lands_in_the_importers_practice_and_another_practices_emails_do_not_count() throws Exception {
        var data = new TestData(sql);
        CoachPrincipal victim = data.coach(data.practice(), Role.OWNER);
        UUID victimsClient = data.client(victim, "Victim's client");
        UI.getCurrent().navigate(ClientImportView.class);

        upload(("name,email\nSame Email," + victimsClient + "@client.example.test\n").getBytes(StandardCharsets.UTF_8));
        assertThat(_get(ClientImportView.class).getElement().getTextRecursively()).doesNotContain("already has the email");
        _click(_get(Button.class, spec -> spec.withText("Import 1 client")));
        waitUntil(() -> !_find(ClientsView.class).isEmpty());

        assertThat(count()).isEqualTo(1);
        assertThat(sql.fetchCount(CLIENT, CLIENT.PRACTICE_ID.eq(victim.practiceId()))).isEqualTo(1);
    }

    private static void upload(byte[] bytes) {
        UploadKt._upload(_get(Upload.class), "clients.csv", "text/csv", bytes);
        MockVaadin.clientRoundtrip(false);
    }

    /** The import runs off the request thread and reports through UI.access, which a round trip runs. */
    private static void waitUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 200 && !done.getAsBoolean(); i++) {
            Thread.sleep(25);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(done.getAsBoolean()).as("the import finished").isTrue();
    }

    private int count() {
        return sql.fetchCount(CLIENT, CLIENT.PRACTICE_ID.eq(coach.practiceId()));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ImportRow> rows() {
        return _get(Grid.class);
    }

    private static byte[] file(String name) throws IOException {
        try (InputStream in = ClientImportViewIT.class.getResourceAsStream("/clients/" + name)) {
            return in.readAllBytes();
        }
    }
}
