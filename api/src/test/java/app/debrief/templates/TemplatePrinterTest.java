package app.debrief.templates;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.debrief.templates.Segment.Fallback;
import app.debrief.templates.Segment.Text;
import app.debrief.templates.Segment.Variable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TemplatePrinterTest {

    @Test
    void segments_print_as_canonical_source() {
        assertThat(TemplatePrinter.print(List.of(new Text("Dear "), new Fallback("interviewer_name", "the team"),
                new Text(",\n"), new Variable("my_name"))))
                .isEqualTo("Dear {{interviewer_name|the team}},\n{{my_name}}");
    }

    @Test
    void a_brace_that_would_pair_with_a_placeholder_cannot_be_printed() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> TemplatePrinter.print(List.of(new Text("a{"), new Variable("role"))));
        assertThatIllegalArgumentException().isThrownBy(
                () -> TemplatePrinter.print(List.of(new Variable("role"), new Text("}b"))));
        assertThatIllegalArgumentException().isThrownBy(
                () -> TemplatePrinter.print(List.of(new Text("a}"), new Text("}b"))));
    }

    @Test
    void a_single_brace_away_from_placeholders_prints() {
        assertThat(TemplatePrinter.print(List.of(new Text("a}"), new Variable("role"), new Text("{b"))))
                .isEqualTo("a}{{role}}{b");
    }

    @Test
    void segments_refuse_what_has_no_source_form() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Text("a {{ b"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Text(""));
        assertThatIllegalArgumentException().isThrownBy(() -> new Text("a\r\nb"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Variable("salary"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Fallback("role", " "));
        assertThatIllegalArgumentException().isThrownBy(() -> new Fallback("role", "a|b"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Fallback("role", " padded"));
    }
}
