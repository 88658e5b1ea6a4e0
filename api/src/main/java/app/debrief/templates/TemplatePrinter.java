package app.debrief.templates;

import java.util.List;

/** Segments back to source text, the inverse of {@link TemplateParser} (a property test holds it to that). */
public final class TemplatePrinter {

    private TemplatePrinter() {
    }

    /**
     * @throws IllegalArgumentException when two neighbours would merge into {@code {{} or {@code }}}
     *     (text ending in { before a placeholder, say): the language has no escape, so such a list has no
     *     source form, and printing it anyway would hand an author a template that no longer parses
     */
    public static String print(List<Segment> segments) {
        StringBuilder source = new StringBuilder();
        for (Segment segment : segments) {
            String piece = switch (segment) {
                case Segment.Text text -> text.text();
                case Segment.Variable variable -> "{{" + variable.name() + "}}";
                case Segment.Fallback fallback -> "{{" + fallback.name() + "|" + fallback.fallback() + "}}";
            };
            requireNoMergedBraces(source, piece);
            source.append(piece);
        }
        return source.toString();
    }

    private static void requireNoMergedBraces(StringBuilder before, String piece) {
        if (before.isEmpty()) {
            return;
        }
        char last = before.charAt(before.length() - 1);
        char first = piece.charAt(0);
        if (last == first && (last == '{' || last == '}')) {
            throw new IllegalArgumentException(
                    "segments cannot be printed: a single " + last + " next to a placeholder or text makes a pair");
        }
    }
}
