package app.debrief.templates;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StarterLibraryTest {

    private final List<StarterTemplate> library = StarterLibrary.load();

    @Test
    void the_library_covers_the_situations_the_product_promises() {
        assertThat(library).hasSizeGreaterThanOrEqualTo(8);
        assertThat(library).extracting(StarterTemplate::name).doesNotHaveDuplicates().contains(
                "After an email rejection", "Replying in the same thread", "Rejected by phone: call script",
                "After a final-round rejection", "After an internal-candidate rejection", "Short version",
                "Follow-up after no reply", "Thanks after feedback");
        assertThat(library).extracting(StarterTemplate::kind).contains(TemplateKind.values());
    }

    @Test
    void every_template_passes_every_check_that_applies_to_its_kind() {
        for (StarterTemplate template : library) {
            CourtesyReport report = CourtesyChecker.check(template.kind(), template.subject(), template.segments());
            assertThat(report.warnings()).as(template.name()).isEmpty();
        }
    }

    @Test
    void phone_scripts_have_no_subject_and_every_other_subject_parses() {
        for (StarterTemplate template : library) {
            if (template.kind() == TemplateKind.PHONE) {
                assertThat(template.subject()).as(template.name()).isNull();
            } else {
                assertThat(template.subject()).as(template.name()).isNotBlank();
                assertThat(TemplateParser.parse(template.subject())).as(template.name())
                        .isInstanceOf(ParseResult.Parsed.class);
            }
        }
    }

    @Test
    void every_template_is_personalised_with_placeholders_and_describes_itself() {
        for (StarterTemplate template : library) {
            assertThat(template.segments()).as(template.name())
                    .anyMatch(segment -> !(segment instanceof Segment.Text));
            assertThat(template.description()).as(template.name()).isNotBlank();
            assertThat(TemplateParser.parse(template.body())).isEqualTo(new ParseResult.Parsed(template.segments()));
        }
    }

    @Test
    void written_emails_greet_the_interviewer_by_name_when_known_and_sign_with_the_job_seekers_name() {
        library.stream().filter(template -> template.kind() != TemplateKind.PHONE).forEach(template -> {
            assertThat(template.body()).as(template.name()).contains("{{interviewer_name|").contains("{{my_name}}");
        });
    }
}
