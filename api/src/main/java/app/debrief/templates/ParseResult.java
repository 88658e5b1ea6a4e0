package app.debrief.templates;

import java.util.List;

/** Either the segments of a valid template or every error found in it (never both, never an exception). */
public sealed interface ParseResult {

    record Parsed(List<Segment> segments) implements ParseResult {
        public Parsed {
            segments = List.copyOf(segments);
        }
    }

    record Failed(List<ParseError> errors) implements ParseResult {
        public Failed {
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a failed parse has at least one error");
            }
            errors = List.copyOf(errors);
        }
    }
}
