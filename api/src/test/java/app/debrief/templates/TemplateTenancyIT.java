package app.debrief.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.base.NotFoundException;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An owner of practice B, knowing practice A's ids, tries every template call: not found, no change. */
@IntegrationTest
class TemplateTenancyIT {

    @Autowired
    TemplateLibraryService libraries;

    @Autowired
    TemplateService templates;

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
    void another_practice_cannot_see_or_change_a_library_or_its_templates_by_id() {
        assertThat(libraries.libraries(TemplateFilter.NONE)).extracting(LibraryView::id).doesNotContain(library);
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
        var draft = templates.load(template);
        assertThat(draft.name()).isEqualTo("Private template");
        assertThat(draft.libraryName()).isEqualTo("Private library");
        assertThat(draft.status()).isEqualTo(TemplateStatus.PUBLISHED);
        assertThat(templates.history(template)).hasSize(1);
        assertThat(libraries.libraries(TemplateFilter.NONE)).filteredOn(view -> view.id().equals(library))
                .singleElement().satisfies(view -> assertThat(view.templates()).hasSize(1));
    }
}
