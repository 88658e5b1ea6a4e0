package app.debrief.templates;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One piece of a parsed template. The JSON form ({@code {"type":"text","text":...}},
 * {@code {"type":"variable","name":...}}, {@code {"type":"fallback","name":...,"fallback":...}}) is a
 * contract with the browser extension, which renders offline by joining segments.
 *
 * <p>The constructors keep every segment printable: {@link TemplatePrinter} can always write it back as
 * source that parses to the same segment.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Segment.Text.class, name = "text"),
    @JsonSubTypes.Type(value = Segment.Variable.class, name = "variable"),
    @JsonSubTypes.Type(value = Segment.Fallback.class, name = "fallback")
})
public sealed interface Segment {

    /** Literal text; line breaks are always {@code \n} (the parser normalises CRLF from web forms). */
    record Text(String text) implements Segment {
        public Text {
            if (text.isEmpty()) {
                throw new IllegalArgumentException("a text segment is never empty");
            }
            if (text.contains("{{") || text.contains("}}")) {
                throw new IllegalArgumentException("text cannot contain {{ or }}, the language has no escape: " + text);
            }
            if (text.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("line breaks in text are \\n only");
            }
        }
    }

    /** {@code {{name}}}: the value must be given when rendering. */
    record Variable(String name) implements Segment {
        public Variable {
            requireKnown(name);
        }
    }

    /** {@code {{name|fallback}}}: the fallback stands in when the value is missing or blank. */
    record Fallback(String name, String fallback) implements Segment {
        public Fallback {
            requireKnown(name);
            if (fallback.isBlank() || !fallback.strip().equals(fallback)) {
                throw new IllegalArgumentException("a fallback is non-blank and trimmed: '" + fallback + "'");
            }
            if (fallback.chars().anyMatch(c -> c == '{' || c == '}' || c == '|' || c == '\n' || c == '\r')) {
                throw new IllegalArgumentException("a fallback cannot contain braces, | or line breaks: " + fallback);
            }
        }
    }

    private static void requireKnown(String name) {
        if (!Placeholder.isKnown(name)) {
            throw new IllegalArgumentException("unknown placeholder: " + name);
        }
    }
}
