package app.debrief.clients;

import static app.debrief.db.jooq.Tables.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.MutableClock;
import app.debrief.testsupport.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class ClientServiceIT {

    @Autowired
    ClientService clients;

    @Autowired
    ClientRepository repository;

    @Autowired
    MutableClock clock;

    @Autowired
    DSLContext sql;

    private CoachPrincipal owner;
    private CoachPrincipal coach;
    private UUID aaron;
    private UUID bea;
    private UUID cy;

    @BeforeEach
    void aPracticeWithAnOwnerAndACoach() {
        var data = new TestData(sql);
        UUID practice = data.practice();
        owner = data.coach(practice, Role.OWNER);
        coach = data.coach(practice, Role.COACH);
        TestData.signIn(owner);
        aaron = clients.create(new ClientDraft("Aaron Owner-client", "zed@example.com", "Nursing", null));
        clock.advance(Duration.ofMinutes(1));
        bea = clients.create(new ClientDraft("bea Coach-client", "bea@example.com", null, coach.coachId()));
        clock.advance(Duration.ofMinutes(1));
        cy = clients.create(new ClientDraft("Cy Coach-client", null, "Data", coach.coachId()));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void a_coach_sees_only_their_own_clients() {
        TestData.signIn(coach);

        assertThat(clients.page(ClientFilter.ALL, ClientOrder.BY_NAME, 0, 50)).extracting(ClientSummary::name)
                .containsExactly("bea Coach-client", "Cy Coach-client");
        assertThat(clients.count()).isEqualTo(2);
        assertThat(clients.coaches()).extracting(CoachOption::id).containsExactly(coach.coachId());
    }

    @Test
    void an_owner_sees_every_client_of_the_practice_with_their_coach() {
        assertThat(clients.page(ClientFilter.ALL, ClientOrder.BY_NAME, 0, 50))
                .extracting(ClientSummary::name, ClientSummary::coachName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Aaron Owner-client", owner.displayName()),
                        org.assertj.core.groups.Tuple.tuple("bea Coach-client", coach.displayName()),
                        org.assertj.core.groups.Tuple.tuple("Cy Coach-client", coach.displayName()));
        assertThat(clients.coaches()).extracting(CoachOption::id)
                .containsExactlyInAnyOrder(owner.coachId(), coach.coachId());
    }

    @Test
    void the_owner_can_narrow_the_book_to_one_coach() {
        var filter = new ClientFilter("", null, coach.coachId());

        assertThat(clients.page(filter, ClientOrder.BY_NAME, 0, 50)).extracting(ClientSummary::id)
                .containsExactly(bea, cy);
        assertThat(clients.count(filter)).isEqualTo(2);
    }

    @Test
    void the_book_sorts_in_the_database_by_each_column_both_ways() {
        assertThat(ids(ClientSort.NAME, true)).containsExactly(cy, bea, aaron);
        assertThat(ids(ClientSort.EMAIL, false)).containsExactly(cy, bea, aaron);
        assertThat(ids(ClientSort.CREATED, true)).containsExactly(cy, bea, aaron);
        assertThat(ids(ClientSort.CREATED, false)).containsExactly(aaron, bea, cy);
        clients.archive(bea);
        assertThat(ids(ClientSort.STATUS, true)).containsExactly(bea, aaron, cy);
        assertThat(clients.page(new ClientFilter("", ClientStatus.ACTIVE, null), new ClientOrder(ClientSort.STATUS,
                true), 0, 50)).extracting(ClientSummary::id).containsExactly(aaron, cy);
        var ownerFirst = owner.displayName().compareTo(coach.displayName()) < 0;
        assertThat(ids(ClientSort.COACH, false)).containsExactlyElementsOf(
                ownerFirst ? java.util.List.of(aaron, bea, cy) : java.util.List.of(bea, cy, aaron));
    }

    @Test
    void pages_follow_each_other_without_overlap() {
        assertThat(clients.page(ClientFilter.ALL, ClientOrder.BY_NAME, 0, 2)).extracting(ClientSummary::id)
                .containsExactly(aaron, bea);
        assertThat(clients.page(ClientFilter.ALL, ClientOrder.BY_NAME, 2, 2)).extracting(ClientSummary::id)
                .containsExactly(cy);
    }

    @Test
    void clients_of_the_same_name_page_without_overlap_in_both_directions() {
        var namesakes = java.util.List.of(
                clients.create(new ClientDraft("Dana Same", null, null, null)),
                clients.create(new ClientDraft("Dana Same", null, null, null)),
                clients.create(new ClientDraft("Dana Same", null, null, null)));
        var dana = new ClientFilter("Dana", null, null);

        for (boolean descending : new boolean[] {false, true}) {
            var order = new ClientOrder(ClientSort.NAME, descending);
            var pages = new java.util.ArrayList<UUID>();
            for (int offset = 0; offset < 3; offset += 2) {
                clients.page(dana, order, offset, 2).forEach(client -> pages.add(client.id()));
            }
            assertThat(pages).as("descending %s", descending).containsExactlyInAnyOrderElementsOf(namesakes);
        }
    }

    @Test
    void the_search_matches_the_start_of_a_name_or_an_email_in_any_case() {
        assertThat(search("BEA")).containsExactly(bea);
        assertThat(search("ze")).containsExactly(aaron);
        assertThat(search("client")).isEmpty();
        assertThat(search("%")).isEmpty();
        assertThat(clients.count(new ClientFilter("c", null, null))).isEqualTo(1);
    }

    @Test
    void the_status_filter_shows_active_or_archived_clients_and_never_erased_ones() {
        clients.archive(bea);
        clients.erase(cy);

        assertThat(clients.page(new ClientFilter("", ClientStatus.ACTIVE, null), ClientOrder.BY_NAME, 0, 50))
                .extracting(ClientSummary::id).containsExactly(aaron);
        assertThat(clients.page(new ClientFilter("", ClientStatus.ARCHIVED, null), ClientOrder.BY_NAME, 0, 50))
                .extracting(ClientSummary::id).containsExactly(bea);
        assertThat(clients.count(ClientFilter.ALL)).isEqualTo(2);
        assertThat(search("Erased")).isEmpty();
    }

    @Test
    void the_prefix_search_is_served_by_an_index() {
        for (int i = 0; i < 200; i++) {
            clients.create(new ClientDraft("Client " + i, "client" + i + "@example.com", null, null));
        }
        sql.execute("ANALYZE TABLE client");

        for (var viewer : java.util.List.of(owner, coach)) {
            var query = repository.pageQuery(owner.practiceId(), viewer.isOwner() ? null : viewer.coachId(),
                    new ClientFilter("bea", ClientStatus.ACTIVE, null), ClientOrder.BY_NAME, 0, 50);
            var plan = sql.fetch("EXPLAIN " + sql.renderInlined(query));
            var clientRow = plan.stream().filter(row -> "client".equals(row.get("table"))).findFirst().orElseThrow();

            assertThat(clientRow.get("key")).as("index used by %s", plan).isNotNull();
            assertThat(clientRow.get("type")).as("access by %s", plan).isNotEqualTo("ALL");
        }
    }

    /**
     * The grid's first page and the name sorts read one page of the practice's clients in index order
     * (bench/clients): neither the coach table nor a sort of every client may come first.
     */
    @Test
    void the_first_page_and_the_name_sorts_read_the_page_in_index_order() {
        var data = new TestData(sql);
        UUID practice = data.practice();
        var coaches = new java.util.ArrayList<UUID>();
        for (int i = 0; i < 50; i++) {
            coaches.add(data.coach(practice, i == 0 ? Role.OWNER : Role.COACH).coachId());
        }
        var batch = new java.util.ArrayList<ClientRepository.NewClient>();
        for (int i = 0; i < 2000; i++) {
            batch.add(new ClientRepository.NewClient(UUID.randomUUID(), coaches.get(i % 50),
                    "Client " + (char) ('A' + i * 7 % 26) + " " + i, "client" + i + "@example.com", null));
        }
        repository.insertAll(practice, batch, clock.instant());
        sql.update(CLIENT).set(CLIENT.STATUS, ClientStatus.ARCHIVED)
                .where(CLIENT.PRACTICE_ID.eq(practice), CLIENT.EMAIL.like("client%5@example.com")).execute();
        sql.execute("ANALYZE TABLE client, coach");

        var active = new ClientFilter("", ClientStatus.ACTIVE, null);
        var orders = new java.util.LinkedHashMap<ClientOrder, java.util.List<ClientFilter>>();
        orders.put(new ClientOrder(ClientSort.NAME, false), java.util.List.of(active, ClientFilter.ALL));
        orders.put(new ClientOrder(ClientSort.NAME, true), java.util.List.of(active, ClientFilter.ALL));
        // one status listed: sorting by it is sorting by name
        orders.put(new ClientOrder(ClientSort.STATUS, false), java.util.List.of(active));
        orders.put(new ClientOrder(ClientSort.STATUS, true), java.util.List.of(active));
        var softly = new org.assertj.core.api.SoftAssertions();
        for (UUID viewer : java.util.Arrays.asList(null, coaches.get(7))) {
            orders.forEach((order, filters) -> filters.forEach(filter -> {
                var plan = sql.fetch("EXPLAIN " + sql.renderInlined(
                        repository.pageQuery(practice, viewer, filter, order, 0, 50)));
                // a one-row table (the coach named by the filter) is read once, before any join order
                var first = plan.stream().filter(row -> !"const".equals(row.get("type"))).findFirst().orElseThrow();
                String label = (viewer == null ? "owner" : "coach") + ", status " + filter.status() + ", " + order
                        + ": " + plan;

                softly.assertThat(first.get("table")).as("first table, %s", label).isEqualTo("client");
                softly.assertThat(first.get("key")).as("index, %s", label).isNotNull();
                softly.assertThat(first.get("type")).as("access, %s", label).isNotEqualTo("ALL");
                softly.assertThat(String.valueOf(first.get("Extra"))).as("extra, %s", label)
                        .doesNotContain("filesort").doesNotContain("temporary");
            }));
        }
        softly.assertAll();
    }

    @Test
    void a_client_is_edited_and_an_email_used_by_another_client_of_the_practice_is_refused() {
        clients.update(cy, new ClientDraft("  Cy Renamed ", " cy@example.com ", "", null));

        var edited = clients.get(cy);
        assertThat(edited.name()).isEqualTo("Cy Renamed");
        assertThat(edited.email()).isEqualTo("cy@example.com");
        assertThat(edited.targetField()).isNull();
        assertThat(edited.coachId()).isEqualTo(coach.coachId());

        assertThatThrownBy(() -> clients.update(cy, new ClientDraft("Cy", "BEA@example.com", null, null)))
                .isInstanceOfSatisfying(InvalidClientException.class, e -> assertThat(e.problemsByField())
                        .containsEntry(ClientField.EMAIL, "Another client of the practice already uses this email."));
        assertThatThrownBy(() -> clients.create(new ClientDraft("Bea again", "bea@example.com", null, null)))
                .isInstanceOf(InvalidClientException.class)
                .hasMessage("Another client of the practice already uses this email.");
        assertThat(clients.get(cy).email()).isEqualTo("cy@example.com");
    }

    @Test
    void the_same_email_may_be_used_in_another_practice() {
        var data = new TestData(sql);
        TestData.signIn(data.coach(data.practice(), Role.OWNER));

        clients.create(new ClientDraft("Bea elsewhere", "bea@example.com", null, null));
    }

    @Test
    void names_emails_and_target_fields_are_validated() {
        assertThatThrownBy(() -> clients.create(new ClientDraft(" ", "not an email", "x".repeat(121), null)))
                .isInstanceOfSatisfying(InvalidClientException.class, e -> assertThat(e.problemsByField())
                        .containsOnlyKeys(ClientField.NAME, ClientField.EMAIL, ClientField.TARGET_FIELD));
        assertThatThrownBy(() -> clients.create(new ClientDraft("x".repeat(121), null, null, null)))
                .isInstanceOf(InvalidClientException.class).hasMessageContaining("at most 120");
        assertThatThrownBy(() -> clients.create(new ClientDraft("Long", "a@" + "b".repeat(250) + ".com", null,
                null))).isInstanceOf(InvalidClientException.class).hasMessageContaining("254");
    }

    @Test
    void a_coach_creates_clients_for_themselves_only_and_the_owner_only_within_the_practice() {
        TestData.signIn(coach);
        UUID own = clients.create(new ClientDraft("Dana", null, null, null));
        assertThat(clients.get(own).coachId()).isEqualTo(coach.coachId());
        assertThatThrownBy(() -> clients.create(new ClientDraft("Eve", null, null, owner.coachId())))
                .isInstanceOf(AccessDeniedException.class);

        var data = new TestData(sql);
        var stranger = data.coach(data.practice(), Role.COACH);
        TestData.signIn(owner);
        assertThatThrownBy(() -> clients.create(new ClientDraft("Eve", null, null, stranger.coachId())))
                .isInstanceOfSatisfying(InvalidClientException.class,
                        e -> assertThat(e.problemsByField()).containsOnlyKeys(ClientField.COACH));
        clients.update(aaron, new ClientDraft("Aaron Owner-client", "zed@example.com", null, coach.coachId()));
        assertThat(clients.get(aaron).coachId()).isEqualTo(coach.coachId());
    }

    @Test
    void archived_clients_are_restored() {
        clients.archive(bea);
        assertThat(clients.get(bea).status()).isEqualTo(ClientStatus.ARCHIVED);

        clients.restore(bea);
        assertThat(clients.get(bea).status()).isEqualTo(ClientStatus.ACTIVE);
    }

    @Test
    void erasing_a_client_removes_their_personal_data_for_good_and_keeps_the_row() {
        clients.erase(aaron);

        var row = sql.selectFrom(CLIENT).where(CLIENT.ID.eq(aaron)).fetchSingle();
        assertThat(row.getName()).isEqualTo("Erased client");
        assertThat(row.getEmail()).isNull();
        assertThat(row.getTargetField()).isNull();
        assertThat(row.getStatus()).isEqualTo(ClientStatus.ERASED);
        assertThatThrownBy(() -> clients.get(aaron)).isInstanceOf(app.debrief.base.NotFoundException.class);
        assertThatThrownBy(() -> clients.restore(aaron)).isInstanceOf(app.debrief.base.NotFoundException.class);
        clients.create(new ClientDraft("Zed", "zed@example.com", null, null));
    }

    @Test
    void a_coach_cannot_touch_a_colleagues_client() {
        TestData.signIn(coach);

        assertThatThrownBy(() -> clients.get(aaron)).isInstanceOf(app.debrief.base.NotFoundException.class);
        assertThatThrownBy(() -> clients.erase(aaron)).isInstanceOf(app.debrief.base.NotFoundException.class);
    }

    @Test
    @CrossPracticeProbe(methods = {"ClientService#page", "ClientService#count", "ClientService#coaches",
            "ClientService#exportCsv", "ClientService#get", "ClientService#create", "ClientService#update",
            "ClientService#archive", "ClientService#restore", "ClientService#erase"})
    void another_practice_gets_not_found_for_every_client_call_by_id_and_changes_nothing() {
        var data = new TestData(sql);
        CoachPrincipal intruder = data.coach(data.practice(), Role.OWNER);
        TestData.signIn(intruder);
        UUID theirs = clients.create(new ClientDraft("Intruder's own client", "own@example.com", null, null));
        var change = new ClientDraft("Hijacked", "x@example.com", null, null);
        var onlyVictimsCoach = new ClientFilter("", null, coach.coachId());

        assertThat(clients.page(ClientFilter.ALL, ClientOrder.BY_NAME, 0, 50)).extracting(ClientSummary::id)
                .containsExactly(theirs);
        assertThat(clients.page(onlyVictimsCoach, ClientOrder.BY_NAME, 0, 50)).isEmpty();
        assertThat(clients.page(new ClientFilter("bea", null, null), ClientOrder.BY_NAME, 0, 50)).isEmpty();
        assertThat(clients.count()).isEqualTo(1);
        assertThat(clients.count(onlyVictimsCoach)).isZero();
        assertThat(clients.coaches()).extracting(CoachOption::id).containsExactly(intruder.coachId());
        var export = new ByteArrayOutputStream();
        clients.exportCsv(ClientFilter.ALL, ClientOrder.BY_NAME, export);
        assertThat(export.toString(StandardCharsets.UTF_8).lines()).hasSize(2)
                .noneMatch(line -> line.contains("Coach-client") || line.contains("Owner-client"));
        var victimsCsv = new ByteArrayOutputStream();
        clients.exportCsv(onlyVictimsCoach, ClientOrder.BY_NAME, victimsCsv);
        assertThat(victimsCsv.toString(StandardCharsets.UTF_8).lines()).hasSize(1);

        assertThatThrownBy(() -> clients.get(aaron)).isInstanceOf(app.debrief.base.NotFoundException.class);
        assertThatThrownBy(() -> clients.update(aaron, change)).isInstanceOf(app.debrief.base.NotFoundException.class);
        assertThatThrownBy(() -> clients.archive(aaron)).isInstanceOf(app.debrief.base.NotFoundException.class);
        assertThatThrownBy(() -> clients.restore(aaron)).isInstanceOf(app.debrief.base.NotFoundException.class);
        assertThatThrownBy(() -> clients.erase(aaron)).isInstanceOf(app.debrief.base.NotFoundException.class);
        assertThatThrownBy(() -> clients.create(new ClientDraft("Planted", null, null, coach.coachId())))
                .isInstanceOfSatisfying(InvalidClientException.class,
                        e -> assertThat(e.problemsByField()).containsOnlyKeys(ClientField.COACH));
        assertThatThrownBy(() -> clients.update(theirs, new ClientDraft("Handed over", null, null, coach.coachId())))
                .isInstanceOfSatisfying(InvalidClientException.class,
                        e -> assertThat(e.problemsByField()).containsOnlyKeys(ClientField.COACH));
        assertThat(clients.create(new ClientDraft("Same email elsewhere", "zed@example.com", null, null))).isNotNull();

        TestData.signIn(owner);
        var untouched = clients.get(aaron);
        assertThat(untouched.name()).isEqualTo("Aaron Owner-client");
        assertThat(untouched.email()).isEqualTo("zed@example.com");
        assertThat(untouched.status()).isEqualTo(ClientStatus.ACTIVE);
        assertThat(untouched.coachId()).isEqualTo(owner.coachId());
        assertThat(clients.page(ClientFilter.ALL, ClientOrder.BY_NAME, 0, 50)).extracting(ClientSummary::id)
                .containsExactly(aaron, bea, cy);
        assertThat(clients.count()).isEqualTo(3);
        assertThat(sql.fetchCount(CLIENT, CLIENT.COACH_ID.eq(coach.coachId()))).isEqualTo(2);
        assertThatThrownBy(() -> clients.get(theirs)).isInstanceOf(app.debrief.base.NotFoundException.class);
        assertThat(clients.coaches()).extracting(CoachOption::id).doesNotContain(intruder.coachId());
    }

    @Test
    void the_export_writes_the_filtered_book_with_formulas_neutralised() {
        clients.create(new ClientDraft("=HYPERLINK(\"http://evil.test\")", null, null, null));
        var out = new ByteArrayOutputStream();

        clients.exportCsv(new ClientFilter("", ClientStatus.ACTIVE, null), ClientOrder.BY_NAME, out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFName,Email,Target field,Status,Coach,Added\r\n");
        assertThat(csv.lines()).hasSize(5);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.test\"\")\",,,Active,")
                .contains("Aaron Owner-client,zed@example.com,Nursing,Active," + owner.displayName() + ",");
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        TestData.signOut();

        assertThatThrownBy(() -> clients.page(ClientFilter.ALL, ClientOrder.BY_NAME, 0, 50))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    private java.util.List<UUID> ids(ClientSort sort, boolean descending) {
        return clients.page(ClientFilter.ALL, new ClientOrder(sort, descending), 0, 50).stream()
                .map(ClientSummary::id).toList();
    }

    private java.util.List<UUID> search(String prefix) {
        return clients.page(new ClientFilter(prefix, null, null), ClientOrder.BY_NAME, 0, 50).stream()
                .map(ClientSummary::id).toList();
    }
}
