package app.debrief.templates;

import static app.debrief.db.jooq.Tables.LIBRARY_ASSIGNMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.base.NotFoundException;
import app.debrief.practice.PracticeSettings;
import app.debrief.practice.PracticeSettingsService;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import app.debrief.testsupport.TestTemplates;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Assigning libraries from either side and in bulk, and what a client gets, as the portal asks for it. */
@IntegrationTest
class LibraryAssignmentServiceIT {

    @Autowired
    LibraryAssignmentService assignments;

    @Autowired
    PracticeSettingsService settings;

    @Autowired
    DSLContext sql;

    private CoachPrincipal owner;
    private CoachPrincipal coach;
    private UUID ownersClient;
    private UUID coachsFirst;
    private UUID coachsSecond;
    private UUID library;
    private UUID email;

    @BeforeEach
    void aPracticeWithALibraryAndThreeClients() {
        var data = new TestData(sql);
        UUID practice = data.practice();
        owner = data.coach(practice, Role.OWNER);
        coach = data.coach(practice, Role.COACH);
        ownersClient = data.client(owner, "Ana Owner-client");
        coachsFirst = data.client(coach, "Ben Coach-client");
        coachsSecond = data.client(coach, "Cleo Coach-client");
        var templates = new TestTemplates(sql);
        library = templates.library(owner, "Starter " + UUID.randomUUID());
        email = templates.published(owner, library, "Warm email", TemplateKind.EMAIL);
        TestData.signIn(owner);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void the_owner_assigns_a_library_to_a_selection_of_clients_at_once_and_removes_it_the_same_way() {
        assignments.assign(library, Set.of(ownersClient, coachsFirst, coachsSecond));

        assertThat(assignments.clientsOf(library)).extracting(AssignedClient::name)
                .containsExactly("Ana Owner-client", "Ben Coach-client", "Cleo Coach-client");

        assignments.unassign(library, Set.of(coachsFirst, coachsSecond));

        assertThat(assignments.clientsOf(library)).extracting(AssignedClient::id).containsExactly(ownersClient);
        assertThat(assignments.librariesOf(coachsFirst)).isEmpty();
    }

    @Test
    void a_coach_sees_and_assigns_only_their_own_clients_and_a_selection_with_another_is_refused_whole() {
        assignments.assign(library, Set.of(ownersClient));
        TestData.signIn(coach);

        assertThatThrownBy(() -> assignments.assign(library, Set.of(coachsFirst, ownersClient)))
                .isInstanceOf(NotFoundException.class);
        assertThat(sql.fetchCount(LIBRARY_ASSIGNMENT, LIBRARY_ASSIGNMENT.CLIENT_ID.eq(coachsFirst))).isZero();

        assignments.assign(library, Set.of(coachsFirst));
        assertThat(assignments.clientsOf(library)).extracting(AssignedClient::id).containsExactly(coachsFirst);
        assertThatThrownBy(() -> assignments.templatesOf(ownersClient)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_templates_a_client_gets_are_their_libraries_published_ones_and_the_practices_follow_up() {
        assertThat(assignments.templatesOf(coachsFirst)).isEmpty();
        assignments.assign(library, Set.of(coachsFirst));
        var templates = new TestTemplates(sql);
        UUID followUp = templates.published(owner, templates.library(owner, "Nudges " + UUID.randomUUID()),
                "Nudge", TemplateKind.FOLLOW_UP);
        settings.update(new PracticeSettings("Practice", "UTC", 10, 7, followUp, null));

        assertThat(assignments.templatesOf(coachsFirst))
                .extracting(ClientTemplate::templateId, ClientTemplate::practiceFollowUp)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(email, false),
                        org.assertj.core.groups.Tuple.tuple(followUp, true));
        assertThat(assignments.templatesOf(coachsSecond)).extracting(ClientTemplate::templateId)
                .containsExactly(followUp);
    }

    @Test
    @CrossPracticeProbe(methods = {"LibraryAssignmentService#assign", "LibraryAssignmentService#unassign",
            "LibraryAssignmentService#librariesOf", "LibraryAssignmentService#clientsOf",
            "LibraryAssignmentService#templatesOf"})
    void another_practice_gets_not_found_for_its_libraries_and_clients_and_changes_nothing() {
        assignments.assign(library, Set.of(coachsFirst));
        var data = new TestData(sql);
        CoachPrincipal attacker = data.coach(data.practice(), Role.OWNER);
        UUID attackersClient = data.client(attacker, "Attacker's client");
        UUID attackersLibrary = new TestTemplates(sql).library(attacker, "Attacker's library");
        TestData.signIn(attacker);

        assertThatThrownBy(() -> assignments.clientsOf(library)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.templatesOf(coachsFirst)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.librariesOf(coachsFirst)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.assign(library, Set.of(attackersClient)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.assign(attackersLibrary, Set.of(coachsSecond)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.unassign(library, Set.of(coachsFirst)))
                .isInstanceOf(NotFoundException.class);
        assertThat(assignments.clientsOf(attackersLibrary)).isEmpty();

        TestData.signIn(owner);
        assertThat(assignments.clientsOf(library)).extracting(AssignedClient::id).containsExactly(coachsFirst);
        assertThat(sql.fetchCount(LIBRARY_ASSIGNMENT, LIBRARY_ASSIGNMENT.CLIENT_ID.eq(coachsSecond))).isZero();
    }
}
