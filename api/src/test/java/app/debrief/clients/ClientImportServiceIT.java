package app.debrief.clients;

import static app.debrief.db.jooq.Tables.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.base.InvalidInputException;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.support.TransactionTemplate;

/** Importing clients from a real CSV file: the preview, the per-row problems, one transaction or nothing. */
@IntegrationTest
class ClientImportServiceIT {

    @Autowired
    ClientImportService imports;

    @Autowired
    ClientService clients;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DSLContext sql;

    private CoachPrincipal owner;
    private CoachPrincipal coach;

    @BeforeEach
    void aPracticeWithAnOwnerAndACoach() {
        var data = new TestData(sql);
        UUID practice = data.practice();
        owner = data.coach(practice, Role.OWNER);
        coach = data.coach(practice, Role.COACH);
        TestData.signIn(coach);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void the_preview_reads_every_row_of_the_file_and_names_the_bad_one_with_its_reason() throws IOException {
        ImportPreview preview = imports.preview(file("one-bad-row.csv"));

        assertThat(preview.fileProblems()).isEmpty();
        assertThat(preview.rows()).extracting(ImportRow::row, ImportRow::name, ImportRow::email,
                        ImportRow::targetField)
                .containsExactly(tuple(2, "Inês Ferreira", "ines.ferreira@example.com", "UX research"),
                        tuple(3, "O'Neil, Tom", "tom.oneil@example.com", "Nursing"),
                        tuple(4, "Kwame Mensah", null, null),
                        tuple(5, "Bad Email Person", "not-an-email", "Sales"),
                        tuple(6, "Lin Zhou", "lin.zhou@example.com", "Data, analytics"));
        assertThat(preview.goodRows()).isEqualTo(4);
        assertThat(preview.rows()).filteredOn(row -> !row.isGood()).extracting(ImportRow::describeProblems)
                .containsExactly("Row 5: Email \"not-an-email\" is not an address like name@example.com.");
        assertThat(clients.count()).as("a preview writes nothing").isZero();
    }

    @Test
    void importing_every_row_is_refused_while_one_is_bad_and_nothing_is_written() throws IOException {
        assertThatThrownBy(() -> imports.importClients(file("one-bad-row.csv"), ImportChoice.ALL_ROWS,
                ImportProgress.NONE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("1 row of the file has a problem, so nothing was imported: fix the file, or import "
                        + "only the good rows.");

        assertThat(clients.count()).isZero();
    }

    @Test
    void the_good_rows_are_imported_explicitly_for_the_importing_coach() throws IOException {
        var progress = new ArrayList<String>();

        int imported = imports.importClients(file("one-bad-row.csv"), ImportChoice.GOOD_ROWS,
                (written, total) -> progress.add(written + "/" + total));

        assertThat(imported).isEqualTo(4);
        assertThat(progress).containsExactly("4/4");
        assertThat(clients.page(ClientFilter.ALL, ClientOrder.BY_NAME, 0, 10))
                .extracting(ClientSummary::name, ClientSummary::coachId, ClientSummary::status)
                .containsExactly(tuple("Inês Ferreira", coach.coachId(), ClientStatus.ACTIVE),
                        tuple("Kwame Mensah", coach.coachId(), ClientStatus.ACTIVE),
                        tuple("Lin Zhou", coach.coachId(), ClientStatus.ACTIVE),
                        tuple("O'Neil, Tom", coach.coachId(), ClientStatus.ACTIVE));
    }

    @Test
    void a_clean_file_is_imported_whole_in_batches_with_progress() {
        var csv = new StringBuilder("name,email\n");
        for (int i = 1; i <= 600; i++) {
            csv.append("Client ").append(i).append(",client").append(i).append("@example.com\n");
        }
        var progress = new ArrayList<String>();

        int imported = imports.importClients(utf8(csv.toString()), ImportChoice.ALL_ROWS,
                (written, total) -> progress.add(written + "/" + total));

        assertThat(imported).isEqualTo(600);
        assertThat(progress).containsExactly("250/600", "500/600", "600/600");
        assertThat(clients.count()).isEqualTo(600);
    }

    @Test
    void duplicates_in_the_file_and_emails_the_practice_has_are_named_by_row() {
        clients.create(new ClientDraft("Already Here", "taken@example.com", null, null));

        ImportPreview preview = imports.preview(utf8("""
                name,email,target_field
                First,same@example.com,
                ,nobody@example.com,
                Second,SAME@example.com,
                Third,Taken@Example.com,
                """));

        assertThat(outcomes(preview)).containsExactly(
                "Row 2: good",
                "Row 3: Name is missing.",
                "Row 4: Email SAME@example.com is also on row 2.",
                "Row 5: A client of the practice already has the email Taken@Example.com.");
    }

    @Test
    void the_owner_chooses_each_rows_coach_by_email_and_an_unknown_coach_is_a_row_problem() {
        TestData.signIn(owner);
        String csv = "Coach_Email,name,email\n" + coach.getUsername().toUpperCase() + ",For The Coach,a@example.com\n"
                + ",For The Owner,b@example.com\nnobody@example.com,For Nobody,c@example.com\n";

        assertThat(outcomes(imports.preview(utf8(csv)))).containsExactly(
                "Row 2: good", "Row 3: good", "Row 4: No coach of the practice signs in with nobody@example.com.");

        assertThat(imports.importClients(utf8(csv), ImportChoice.GOOD_ROWS, ImportProgress.NONE)).isEqualTo(2);
        assertThat(clients.page(ClientFilter.ALL, ClientOrder.BY_NAME, 0, 10))
                .extracting(ClientSummary::name, ClientSummary::coachId)
                .containsExactly(tuple("For The Coach", coach.coachId()), tuple("For The Owner", owner.coachId()));
    }

    @Test
    void a_coach_cannot_choose_coaches_and_a_wrong_header_refuses_the_whole_file() {
        assertThat(imports.preview(utf8("name,email,coach_email\nA,a@example.com,x@example.com\n")).fileProblems())
                .containsExactly("Only the practice owner chooses coaches: remove the coach_email column.");
        assertThat(imports.preview(utf8("full name,email,name\nA,a@example.com,A\n")).fileProblems())
                .containsExactly("The header names an unknown column \"full name\": the columns are name, email "
                        + "and target_field.");
        assertThat(imports.preview(utf8("name,target_field\nA,Sales\n")).fileProblems())
                .containsExactly("The header row has no email column: the first row names the columns name, email "
                        + "and target_field, in any order.");
        assertThatThrownBy(() -> imports.importClients(utf8("name,target_field\nA,Sales\n"), ImportChoice.GOOD_ROWS,
                ImportProgress.NONE)).isInstanceOf(InvalidInputException.class);
        assertThat(clients.count()).isZero();
    }

    @Test
    void files_over_the_limits_or_not_utf8_are_refused_before_any_row_is_read() {
        byte[] tooBig = new byte[ClientImportService.MAX_BYTES + 1];
        java.util.Arrays.fill(tooBig, (byte) 'a');
        assertThat(imports.preview(tooBig).fileProblems())
                .containsExactly("The file is larger than 1 MB: split it into smaller files.");

        var tooMany = new StringBuilder("name,email\n");
        for (int i = 0; i <= ClientImportService.MAX_ROWS; i++) {
            tooMany.append("C").append(i).append(",\n");
        }
        assertThat(imports.preview(utf8(tooMany.toString())).fileProblems())
                .containsExactly("The file has 5,001 clients: import at most 5,000 at a time.");

        byte[] latin1 = "name,email\nInês,ines@example.com\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(imports.preview(latin1).fileProblems())
                .containsExactly("The file is not UTF-8 text: save it as \"CSV UTF-8\" and upload it again.");
        assertThat(imports.preview(utf8("name,email\n\"Open,a@example.com\n")).fileProblems())
                .containsExactly("Row 2 opens a quote that is never closed.");
        assertThat(imports.preview(utf8("name,email\n")).fileProblems())
                .containsExactly("The file has its header row but no clients.");
        assertThat(imports.preview(new byte[0]).fileProblems()).containsExactly(
                "The file is empty: its first row names the columns name, email and target_field.");
    }

    @Test
    void an_email_taken_while_the_import_runs_rolls_the_whole_import_back() throws Exception {
        var inserted = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        // two threads of their own: the common pool may have a single one on a small machine
        var threads = Executors.newFixedThreadPool(2);
        var competitor = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            sql.insertInto(CLIENT).set(CLIENT.ID, UUID.randomUUID()).set(CLIENT.PRACTICE_ID, coach.practiceId())
                    .set(CLIENT.COACH_ID, owner.coachId()).set(CLIENT.NAME, "Quicker Lin")
                    .set(CLIENT.EMAIL, "lin.zhou@example.com").set(CLIENT.CREATED_AT, Instant.parse("2026-02-01T00:00:00Z")).execute();
            inserted.countDown();
            await(release);
        }), threads);
        await(inserted);
        byte[] file = file("one-bad-row.csv");
        var importer = CompletableFuture.supplyAsync(() -> {
            TestData.signIn(coach);
            try {
                return imports.importClients(file, ImportChoice.GOOD_ROWS, ImportProgress.NONE);
            } finally {
                TestData.signOut();
            }
        }, threads);
        waitForALockWait();
        release.countDown();
        competitor.join();
        threads.shutdown();

        assertThatThrownBy(importer::join).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(ImportConflictException.class)
                .hasMessageContaining("so nothing was imported");
        assertThat(sql.fetch(CLIENT, CLIENT.PRACTICE_ID.eq(coach.practiceId())).getValues(CLIENT.NAME))
                .containsExactly("Quicker Lin");
        assertThat(imports.preview(file).rows()).filteredOn(row -> !row.isGood())
                .extracting(ImportRow::describeProblems)
                .contains("Row 6: A client of the practice already has the email lin.zhou@example.com.");
    }

    @Test
    void nobody_signed_in_can_import() {
        TestData.signOut();

        assertThatThrownBy(() -> imports.preview(utf8("name,email\nA,\n")))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @CrossPracticeProbe(methods = {"ClientImportService#preview", "ClientImportService#importClients"})
    void another_practices_coaches_and_emails_are_unknown_and_the_import_lands_in_the_importers_practice_only() {
        var data = new TestData(sql);
        CoachPrincipal victim = data.coach(data.practice(), Role.OWNER);
        UUID victimsClient = data.client(victim, "Victim's client");
        String victimsEmail = victimsClient + "@client.example.test";
        TestData.signIn(owner);
        String csv = "name,email,coach_email\nInto Victim," + "x@example.com," + victim.getUsername() + "\n"
                + "Same Email," + victimsEmail + ",\n";

        assertThat(outcomes(imports.preview(utf8(csv)))).containsExactly(
                "Row 2: No coach of the practice signs in with " + victim.getUsername() + ".", "Row 3: good");
        imports.importClients(utf8(csv), ImportChoice.GOOD_ROWS, ImportProgress.NONE);

        assertThat(sql.fetchCount(CLIENT, CLIENT.PRACTICE_ID.eq(victim.practiceId()))).isEqualTo(1);
        assertThat(sql.fetchCount(CLIENT, CLIENT.COACH_ID.eq(victim.coachId()))).isEqualTo(1);
        assertThat(sql.fetchValue(CLIENT.PRACTICE_ID, CLIENT.NAME.eq("Same Email")
                .and(CLIENT.COACH_ID.eq(owner.coachId())))).isEqualTo(owner.practiceId());
    }

    private static List<String> outcomes(ImportPreview preview) {
        return preview.rows().stream()
                .map(row -> row.isGood() ? "Row " + row.row() + ": good" : row.describeProblems())
                .toList();
    }

    /** The import has checked the file and is writing: its insert waits for the competitor's uncommitted row. */
    private void waitForALockWait() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (sql.fetchCount(DSL.table("information_schema.processlist"),
                    DSL.field("info", String.class).like("insert into `client`%")) > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import never waited for the competing insert: "
                + sql.fetch("select command, state, info from information_schema.processlist"));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static byte[] utf8(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] file(String name) throws IOException {
        try (InputStream in = ClientImportServiceIT.class.getResourceAsStream("/clients/" + name)) {
            return in.readAllBytes();
        }
    }
}
