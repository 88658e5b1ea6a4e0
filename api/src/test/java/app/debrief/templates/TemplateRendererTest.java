package app.debrief.templates;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.debrief.templates.Segment.Fallback;
import app.debrief.templates.Segment.Text;
import app.debrief.templates.Segment.Variable;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateRendererTest {

    private static final List<Segment> GREETING = List.of(new Text("Dear "),
            new Fallback("interviewer_name", "the hiring team"), new Text(", about the "), new Variable("role"),
            new Text(" role at "), new Variable("company"), new Text("."));

    @Test
    void values_replace_placeholders() {
        Rendering rendering = TemplateRenderer.render(GREETING,
                Map.of("interviewer_name", "Ana", "role", "Designer", "company", "Acme"));
        assertThat(rendering).isEqualTo(new Rendering("Dear Ana, about the Designer role at Acme.", List.of()));
        assertThat(rendering.complete()).isTrue();
    }

    @Test
    void a_blank_value_uses_the_fallback_and_values_are_trimmed() {
        assertThat(TemplateRenderer.render(GREETING, Map.of("interviewer_name", "  ", "role", " Designer ",
                "company", "Acme")).text()).isEqualTo("Dear the hiring team, about the Designer role at Acme.");
    }

    @Test
    void a_missing_value_without_fallback_is_reported_once_and_left_visible() {
        Rendering rendering = TemplateRenderer.render(
                List.of(new Variable("role"), new Text(" / "), new Variable("role"), new Variable("company")),
                Map.of("company", ""));
        assertThat(rendering.missing()).containsExactly("role", "company");
        assertThat(rendering.text()).isEqualTo("{{role}} / {{role}}{{company}}");
        assertThat(rendering.complete()).isFalse();
    }
}
