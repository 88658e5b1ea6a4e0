package app.debrief.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random templates for the property tests. Text may hold single braces, bars, line breaks and
 * characters outside the BMP, but never a brace that would pair with a neighbour: that text has no
 * source form (see {@link TemplatePrinter}).
 */
final class TemplateGenerator {

    private static final String[] TEXT_PIECES = {"a", "b", "Z", "é", "\u9762", "\uD83D\uDE42", " ", " ", "\n", ",",
        ".", "?", "'", "|", "-", "{", "}", "\t"};
    private static final String[] FALLBACK_PIECES = {"t", "h", "e", " ", "é", "\uD83D\uDE42", ",", "'", "-", "."};
    private static final String[] SOURCE_PIECES = {"{{", "}}", "{", "}", "|", "\n", "\r\n", "\r", " ", "x", "é",
        "\uD83D\uDE42", "role", "company", "interviewer_name", "Role", "salary", "{{role}}", "{{company|us}}"};

    private final Random random;

    TemplateGenerator(long seed) {
        this.random = new Random(seed);
    }

    List<Segment> segments() {
        int count = random.nextInt(9);
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = Placeholder.values()[random.nextInt(Placeholder.values().length)].key();
            segments.add(switch (random.nextInt(3)) {
                case 0 -> new Segment.Variable(name);
                case 1 -> new Segment.Fallback(name, fallback());
                default -> new Segment.Text(text());
            });
        }
        return segments;
    }

    /** Mostly template-like pieces, so errors of every kind turn up often. */
    String source() {
        StringBuilder source = new StringBuilder();
        int pieces = random.nextInt(25);
        for (int i = 0; i < pieces; i++) {
            source.append(SOURCE_PIECES[random.nextInt(SOURCE_PIECES.length)]);
        }
        return source.toString();
    }

    /** Adjacent texts merged, as the parser never yields two texts in a row. */
    static List<Segment> normalised(List<Segment> segments) {
        List<Segment> merged = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment instanceof Segment.Text text && !merged.isEmpty()
                    && merged.getLast() instanceof Segment.Text previous) {
                merged.set(merged.size() - 1, new Segment.Text(previous.text() + text.text()));
            } else {
                merged.add(segment);
            }
        }
        return merged;
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(12);
        for (int i = 0; i < pieces; i++) {
            String piece = TEXT_PIECES[random.nextInt(TEXT_PIECES.length)];
            boolean pairsWithPrevious = !text.isEmpty() && text.charAt(text.length() - 1) == piece.charAt(0)
                    && (piece.equals("{") || piece.equals("}"));
            boolean closesAtStart = text.isEmpty() && piece.equals("}");
            text.append(pairsWithPrevious || closesAtStart ? "a" : piece);
        }
        if (text.charAt(text.length() - 1) == '{') {
            text.setCharAt(text.length() - 1, 'a');
        }
        return text.toString();
    }

    private String fallback() {
        StringBuilder fallback = new StringBuilder();
        int pieces = 1 + random.nextInt(10);
        for (int i = 0; i < pieces; i++) {
            fallback.append(FALLBACK_PIECES[random.nextInt(FALLBACK_PIECES.length)]);
        }
        String trimmed = fallback.toString().strip();
        return trimmed.isEmpty() ? "the team" : trimmed;
    }
}
