package app.debrief.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.base.InvalidInputException;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class TemplateServiceIT {

    static final String GOOD_BODY = """
            Dear {{interviewer_name|hiring team}},

            Thank you for your time and for considering me for the {{role}} role at {{company}}. \
            I respect your decision and I'm not asking you to reconsider.

            I'd like to keep improving. Could you share one thing I could do better in interviews like this one?

            {{personal_note}}

            Best regards,
            {{my_name}}""";

    @Autowired
    TemplateLibraryService libraries;

    @Autowired
    TemplateService templates;

    @Autowired
    DSLContext sql;

    private CoachPrincipal owner;
    private CoachPrincipal author;
    private CoachPrincipal colleague;

    @BeforeEach
    void practice() {
        var data = new TestData(sql);
        UUID practice = data.practice();
        owner = data.coach(practice, Role.OWNER);
        author = data.coach(practice, Role.COACH);
        colleague = data.coach(practice, Role.COACH);
        TestData.signIn(author);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void a_template_is_drafted_blocked_by_a_placeholder_error_then_published_as_version_one() {
        UUID library = libraries.create("Tech interviews", "For engineers");
        UUID template = templates.create(library, "After a tech screen", TemplateKind.EMAIL);

        templates.saveDraft(template, "After a tech screen", "Thank you, {{company}", "Hi {{nmae}}");
        assertThat(templates.load(template).body()).isEqualTo("Hi {{nmae}}");

        var blocked = templates.publish(template, "After a tech screen", "Thank you", "Hi {{nmae}}", false);
        assertThat(blocked).isInstanceOfSatisfying(PublishOutcome.Blocked.class, b -> {
            assertThat(b.errors()).singleElement().satisfies(error -> {
                assertThat(error.line()).isEqualTo(1);
                assertThat(error.column()).isEqualTo(6);
                assertThat(error.message()).contains("nmae");
            });
        });
        assertThat(templates.load(template).status()).isEqualTo(TemplateStatus.DRAFT);

        var published = templates.publish(template, "After a tech screen", "Thank you, {{interviewer_name}}",
                GOOD_BODY, false);
        assertThat(published).isEqualTo(new PublishOutcome.Published(1));
        assertThat(templates.load(template).status()).isEqualTo(TemplateStatus.PUBLISHED);
        assertThat(templates.history(template)).singleElement().satisfies(version -> {
            assertThat(version.version()).isEqualTo(1);
            assertThat(version.body()).isEqualTo(GOOD_BODY);
            assertThat(version.authorName()).isEqualTo(author.displayName());
            assertThat(version.warnings()).isEmpty();
        });
    }

    @Test
    void warnings_need_a_confirmation_that_the_version_records_and_saving_makes_version_two() {
        UUID library = libraries.create("Short notes", null);
        UUID template = templates.create(library, "Blunt", TemplateKind.EMAIL);
        String blunt = "Why was I rejected? I disagree with your decision.";

        var outcome = templates.publish(template, "Blunt", "Rejection", blunt, false);
        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.NeedsConfirmation.class,
                needs -> assertThat(needs.warnings()).extracting(CheckResult::id)
                        .contains(CheckId.THANKS_EMPLOYER, CheckId.NO_PRESSURE));
        assertThat(templates.history(template)).isEmpty();

        assertThat(templates.publish(template, "Blunt", "Rejection", blunt, true))
                .isEqualTo(new PublishOutcome.Published(1));
        assertThat(templates.history(template).getFirst().warningsConfirmedBy()).isEqualTo(author.displayName());

        assertThat(templates.publish(template, "Blunt", "Thank you", GOOD_BODY, false))
                .isEqualTo(new PublishOutcome.Published(2));
        assertThat(templates.publish(template, "Blunt", "Thank you", GOOD_BODY, false))
                .isEqualTo(new PublishOutcome.Unchanged(2));
        assertThat(templates.history(template)).extracting(TemplateVersionView::version).containsExactly(2, 1);
        assertThat(templates.diff(template, 1, 2)).contains(
                new LineDiff.Line(LineDiff.Change.REMOVED, "Subject: Rejection"),
                new LineDiff.Line(LineDiff.Change.ADDED, "Subject: Thank you"));
    }

    @Test
    void duplicates_start_as_drafts_and_retired_templates_keep_their_versions() {
        UUID library = libraries.create("Finance", null);
        UUID template = templates.create(library, "Analyst", TemplateKind.EMAIL);
        templates.publish(template, "Analyst", "Thank you", GOOD_BODY, false);

        UUID copy = templates.duplicate(template);
        templates.retire(template);

        assertThat(templates.load(copy)).satisfies(draft -> {
            assertThat(draft.name()).isEqualTo("Copy of Analyst");
            assertThat(draft.status()).isEqualTo(TemplateStatus.DRAFT);
            assertThat(draft.body()).isEqualTo(GOOD_BODY);
        });
        assertThat(templates.load(template).status()).isEqualTo(TemplateStatus.RETIRED);
        assertThat(templates.history(template)).hasSize(1);
    }

    @Test
    void the_libraries_view_filters_by_words_kind_and_status() {
        UUID library = libraries.create("Filters " + UUID.randomUUID(), null);
        UUID phone = templates.create(library, "Call script", TemplateKind.PHONE);
        templates.saveDraft(phone, "Call script", null, "Thank you for calling me about the lighthouse role.");
        templates.create(library, "Plain email", TemplateKind.EMAIL);

        assertThat(onlyTemplatesOf(library, new TemplateFilter("LIGHTHOUSE", List.of(), List.of())))
                .containsExactly("Call script");
        assertThat(onlyTemplatesOf(library, new TemplateFilter("", List.of(TemplateKind.EMAIL), List.of())))
                .containsExactly("Plain email");
        assertThat(onlyTemplatesOf(library, new TemplateFilter("", List.of(), List.of(TemplateStatus.PUBLISHED))))
                .isEmpty();
        assertThat(onlyTemplatesOf(library, TemplateFilter.NONE)).containsExactly("Call script", "Plain email");
    }

    @Test
    void a_library_is_deleted_only_while_nothing_can_use_it() {
        UUID drafts = libraries.create("Only drafts", null);
        templates.create(drafts, "Unfinished", TemplateKind.EMAIL);
        UUID used = libraries.create("Used", null);
        UUID template = templates.create(used, "Published", TemplateKind.EMAIL);
        templates.publish(template, "Published", "Thank you", GOOD_BODY, false);

        libraries.delete(drafts);

        assertThat(libraries.libraries(TemplateFilter.NONE)).extracting(LibraryView::name)
                .doesNotContain("Only drafts").contains("Used");
        assertThatThrownBy(() -> libraries.delete(used)).isInstanceOf(LibraryInUseException.class)
                .hasMessageContaining("Retire its templates instead");
    }

    @Test
    void library_names_are_required_and_unique_within_the_practice() {
        libraries.create("Unique", null);

        assertThatThrownBy(() -> libraries.create("  ", null)).isInstanceOf(InvalidInputException.class)
                .hasMessage("A library needs a name.");
        assertThatThrownBy(() -> libraries.create("Unique", null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already has a library called \"Unique\"");
    }

    @Test
    void only_the_author_and_the_owner_change_a_library_but_every_coach_reads_it() {
        UUID library = libraries.create("Mine", null);
        UUID template = templates.create(library, "Mine too", TemplateKind.EMAIL);

        TestData.signIn(colleague);
        assertThat(libraries.libraries(TemplateFilter.NONE)).filteredOn(view -> view.id().equals(library))
                .singleElement().satisfies(view -> assertThat(view.editable()).isFalse());
        assertThat(templates.load(template).editable()).isFalse();
        assertThatThrownBy(() -> libraries.update(library, "Taken over", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.publish(template, "x", "x", GOOD_BODY, true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.create(library, "Sneaky", TemplateKind.EMAIL))
                .isInstanceOf(AccessDeniedException.class);

        TestData.signIn(owner);
        libraries.update(library, "Renamed by the owner", "Owners may");
        assertThat(templates.load(template).libraryName()).isEqualTo("Renamed by the owner");
    }

    private List<String> onlyTemplatesOf(UUID library, TemplateFilter filter) {
        return libraries.libraries(filter).stream().filter(view -> view.id().equals(library))
                .flatMap(view -> view.templates().stream()).map(TemplateSummary::name).toList();
    }
}
