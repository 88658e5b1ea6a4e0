package app.debrief.templates;

import static app.debrief.db.jooq.Tables.LIBRARY_ASSIGNMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.base.NotFoundException;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An owner of practice B, knowing practice A's ids, tries every template and assignment call: not found, no change. */
@IntegrationTest
class TemplateTenancyIT {

    @Autowired
    TemplateLibraryService libraries;

    @Autowired
    TemplateService templates;

    @Autowired
    LibraryAssignmentService assignments;

    @Autowired
    DSLContext sql;

    private UUID library;
    private UUID template;
    private CoachPrincipal victim;
    private CoachPrincipal attacker;

    @BeforeEach
    void twoPractices() {
        var data = new TestData(sql);
        victim = data.coach(data.practice(), Role.OWNER);
        attacker = data.coach(data.practice(), Role.OWNER);
        TestData.signIn(victim);
        library = libraries.create("Private library", "Practice A's");
        template = templates.create(library, "Private template", TemplateKind.EMAIL);
        templates.publish(template, "Private template", "Thank you", TemplateServiceIT.GOOD_BODY, false);
        TestData.signIn(attacker);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    @CrossPracticeProbe(methods = {"TemplateLibraryService#libraries", "TemplateLibraryService#create",
            "TemplateLibraryService#update", "TemplateLibraryService#delete", "TemplateService#create",
            "TemplateService#load", "TemplateService#saveDraft", "TemplateService#publish", "TemplateService#duplicate",
            "TemplateService#retire", "TemplateService#history", "TemplateService#diff"})
    void another_practice_cannot_see_or_change_a_library_or_its_templates_by_id() {
        assertThat(libraries.libraries(TemplateFilter.NONE)).extracting(LibraryView::id).doesNotContain(library);
        assertThat(libraries.libraries(new TemplateFilter("Private template", List.of(), List.of()))).isEmpty();
        assertThat(libraries.libraries(new TemplateFilter("", List.of(TemplateKind.EMAIL),
                List.of(TemplateStatus.PUBLISHED)))).extracting(LibraryView::id).doesNotContain(library);
        UUID own = libraries.create("Private library", "the attacker's, under the same name");
        assertThat(libraries.libraries(TemplateFilter.NONE)).extracting(LibraryView::id).containsExactly(own);
        assertThatThrownBy(() -> libraries.update(library, "Hijacked", null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> libraries.delete(library)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> templates.create(library, "Planted", TemplateKind.EMAIL))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> templates.load(template)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> templates.saveDraft(template, "x", "x", "x")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> templates.publish(template, "x", "x", TemplateServiceIT.GOOD_BODY, true))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> templates.duplicate(template)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> templates.retire(template)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> templates.history(template)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> templates.diff(template, 1, 1)).isInstanceOf(NotFoundException.class);

        TestData.signIn(victim);
        assertThat(libraries.libraries(TemplateFilter.NONE)).extracting(LibraryView::id).containsExactly(library);
        var draft = templates.load(template);
        assertThat(draft.name()).isEqualTo("Private template");
        assertThat(draft.libraryName()).isEqualTo("Private library");
        assertThat(draft.status()).isEqualTo(TemplateStatus.PUBLISHED);
        assertThat(templates.history(template)).hasSize(1);
        assertThat(libraries.libraries(TemplateFilter.NONE)).filteredOn(view -> view.id().equals(library))
                .singleElement().satisfies(view -> {
                    assertThat(view.name()).isEqualTo("Private library");
                    assertThat(view.description()).isEqualTo("Practice A's");
                    assertThat(view.templates()).hasSize(1);
                });
    }

    @Test
    @CrossPracticeProbe(methods = {"LibraryAssignmentService#assign", "LibraryAssignmentService#unassign",
            "LibraryAssignmentService#librariesOf"})
    void another_practice_cannot_assign_unassign_or_read_a_clients_libraries() {
        var data = new TestData(sql);
        TestData.signIn(victim);
        UUID victimsClient = data.client(victim, "Practice A's client");
        assignments.assign(library, Set.of(victimsClient));
        TestData.signIn(attacker);
        UUID attackersClient = data.client(attacker, "Practice B's client");
        UUID attackersLibrary = libraries.create("Attacker's library", null);

        assertThatThrownBy(() -> assignments.librariesOf(victimsClient)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.assign(library, Set.of(attackersClient)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.assign(attackersLibrary, Set.of(attackersClient, victimsClient)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.unassign(library, Set.of(victimsClient)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.unassign(attackersLibrary, Set.of(victimsClient)))
                .isInstanceOf(NotFoundException.class);
        assertThat(assignments.librariesOf(attackersClient)).isEmpty();

        TestData.signIn(victim);
        assertThat(assignments.librariesOf(victimsClient)).containsExactly(library);
        assertThat(sql.fetchCount(LIBRARY_ASSIGNMENT, LIBRARY_ASSIGNMENT.CLIENT_ID.in(victimsClient, attackersClient)
                .or(LIBRARY_ASSIGNMENT.LIBRARY_ID.eq(attackersLibrary)))).isEqualTo(1);
    }
}
