package app.debrief.templates;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.debrief.templates.ParseResult.Failed;
import app.debrief.templates.ParseResult.Parsed;
import app.debrief.templates.Segment.Fallback;
import app.debrief.templates.Segment.Text;
import app.debrief.templates.Segment.Variable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TemplateParserTest {

    @Test
    void text_variables_and_fallbacks_become_segments_in_order() {
        assertThat(segments("Dear {{interviewer_name|the hiring team}},\nthe {{role}} role."))
                .containsExactly(new Text("Dear "), new Fallback("interviewer_name", "the hiring team"),
                        new Text(",\nthe "), new Variable("role"), new Text(" role."));
    }

    @Test
    void spaces_around_name_and_fallback_are_ignored() {
        assertThat(segments("{{ company }}{{ interviewer_name |  the team  }}"))
                .containsExactly(new Variable("company"), new Fallback("interviewer_name", "the team"));
    }

    @Test
    void every_known_name_parses() {
        for (String key : Placeholder.keys()) {
            assertThat(segments("{{" + key + "}}")).containsExactly(new Variable(key));
        }
    }

    @Test
    void line_breaks_are_kept_and_web_form_crlf_becomes_lf() {
        assertThat(segments("Hi,\r\n\r\nthanks\rbye\n")).containsExactly(new Text("Hi,\n\nthanks\nbye\n"));
    }

    @Test
    void single_braces_and_bars_are_plain_text() {
        assertThat(segments("a { b } c | d }{ e")).containsExactly(new Text("a { b } c | d }{ e"));
    }

    @Test
    void empty_source_has_no_segments() {
        assertThat(segments("")).isEmpty();
    }

    @Test
    void an_unknown_name_is_reported_where_the_name_starts_with_a_suggestion() {
        assertThat(errors("Hello\n  {{ Company}}"))
                .containsExactly(new ParseError(2, 6, "There is no placeholder called \"Company\". Did you mean \"company\"?"));
    }

    @Test
    void a_name_far_from_every_known_one_lists_the_known_names() {
        assertThat(errors("{{salary}}")).singleElement().satisfies(error -> {
            assertThat(error.message()).contains("\"salary\"").contains("interviewer_name, company, role");
            assertThat(error.column()).isEqualTo(3);
        });
    }

    @Test
    void a_spaced_name_suggests_the_underscored_one() {
        assertThat(errors("{{interviewer name}}").getFirst().message()).contains("Did you mean \"interviewer_name\"?");
    }

    @Test
    void an_unclosed_placeholder_is_reported_at_its_opening_and_does_not_swallow_the_next_line() {
        assertThat(errors("Dear {{interviewer_name,\nThanks {{role}} and {{company"))
                .extracting(ParseError::line, ParseError::column)
                .containsExactly(tuple(1, 6), tuple(2, 21));
        assertThat(errors("{{role").getFirst().message()).isEqualTo(
                "This {{ is never closed: add }} after the name, on the same line.");
    }

    @Test
    void a_stray_closing_pair_is_reported() {
        assertThat(errors("Thanks }} again")).containsExactly(new ParseError(1, 8,
                "This }} has no matching {{ before it: remove it, or add {{ and a placeholder name."));
    }

    @Test
    void an_empty_name_is_reported_at_the_opening() {
        assertThat(errors("x {{ }} y {{|the team}}"))
                .extracting(ParseError::column).containsExactly(3, 11);
        assertThat(errors("{{}}").getFirst().message()).startsWith("This placeholder has no name");
    }

    @Test
    void nested_placeholders_report_the_unclosed_outer_one_and_the_stray_closing() {
        assertThat(errors("{{company {{role}}}}"))
                .extracting(ParseError::column, ParseError::message)
                .containsExactly(
                        tuple(1, "This {{ is not closed before the next {{ starts:"
                                + " placeholders cannot be nested, add }} after the name."),
                        tuple(17, "Too many braces: a placeholder ends with exactly two,"
                                + " like {{company}}."));
    }

    @Test
    void triple_braces_are_reported_on_either_side() {
        assertThat(errors("{{{role}}")).singleElement().extracting(ParseError::column).isEqualTo(1);
        assertThat(errors("{{role}}}")).singleElement().extracting(ParseError::column).isEqualTo(7);
    }

    @Test
    void a_single_brace_inside_a_placeholder_is_reported_where_it_stands() {
        assertThat(errors("{{ro}le}}")).containsExactly(new ParseError(1, 5,
                "A placeholder cannot contain another brace: write {{name}} or {{name|fallback}}."));
    }

    @Test
    void an_empty_fallback_is_an_error_because_it_would_silently_render_nothing() {
        assertThat(errors("Hi {{interviewer_name| }},")).containsExactly(new ParseError(1, 22,
                "The fallback after | is empty: write the words to use when interviewer_name is blank, or remove the |."));
    }

    @Test
    void a_second_bar_is_reported() {
        assertThat(errors("{{role|a|b}}")).singleElement().extracting(ParseError::column).isEqualTo(9);
    }

    @Test
    void all_errors_are_reported_not_just_the_first() {
        assertThat(errors("{{nme}} and }}\n{{role|}} {{")).hasSize(4)
                .extracting(ParseError::line).containsExactly(1, 1, 2, 2);
    }

    @Test
    void columns_count_code_points_so_an_emoji_is_one_column() {
        assertThat(errors("\uD83D\uDE42 {{x}}")).singleElement().extracting(ParseError::column).isEqualTo(5);
    }

    private static List<Segment> segments(String source) {
        ParseResult result = TemplateParser.parse(source);
        assertThat(result).as("parse of %s", source).isInstanceOf(Parsed.class);
        return ((Parsed) result).segments();
    }

    private static List<ParseError> errors(String source) {
        ParseResult result = TemplateParser.parse(source);
        assertThat(result).as("parse of %s", source).isInstanceOf(Failed.class);
        return ((Failed) result).errors();
    }
}
