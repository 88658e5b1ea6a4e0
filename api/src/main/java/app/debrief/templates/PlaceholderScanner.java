package app.debrief.templates;

import java.util.ArrayList;
import java.util.List;

/** One pass over template source; collects every error so an author can fix them all at once. */
final class PlaceholderScanner {

    private final String source;
    private final List<Segment> segments = new ArrayList<>();
    private final List<ParseError> errors = new ArrayList<>();
    private int textStart;

    PlaceholderScanner(String source) {
        this.source = source;
    }

    ParseResult scan() {
        int i = 0;
        while (i < source.length()) {
            if (isPair(i, '{')) {
                flushText(i);
                i = placeholderAt(i);
                textStart = i;
            } else if (isPair(i, '}')) {
                error(i, "This }} has no matching {{ before it: remove it, or add {{ and a placeholder name.");
                i = runEnd(i, '}');
                textStart = i;
            } else {
                i++;
            }
        }
        flushText(source.length());
        return errors.isEmpty() ? new ParseResult.Parsed(segments) : new ParseResult.Failed(errors);
    }

    /** Reads the placeholder opening at {@code open}; returns where scanning resumes. */
    private int placeholderAt(int open) {
        int contentStart = runEnd(open, '{');
        if (contentStart - open > 2) {
            error(open, "Too many braces: a placeholder starts with exactly two, like {{company}}.");
        }
        for (int j = contentStart; ; j++) {
            if (j >= source.length() || isLineBreak(source.charAt(j))) {
                error(open, "This {{ is never closed: add }} after the name, on the same line.");
                return j;
            }
            if (isPair(j, '{')) {
                error(open, "This {{ is not closed before the next {{ starts: placeholders cannot be nested,"
                        + " add }} after the name.");
                return j;
            }
            if (isPair(j, '}')) {
                int closeEnd = runEnd(j, '}');
                if (closeEnd - j > 2) {
                    error(j, "Too many braces: a placeholder ends with exactly two, like {{company}}.");
                }
                readContent(open, contentStart, j);
                return closeEnd;
            }
        }
    }

    private void readContent(int open, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = source.charAt(k);
            if (c == '{' || c == '}') {
                error(k, "A placeholder cannot contain another brace: write {{name}} or {{name|fallback}}.");
                return;
            }
        }
        int bar = source.indexOf('|', start);
        int nameEnd = bar >= 0 && bar < end ? bar : end;
        String name = source.substring(start, nameEnd).strip();
        if (name.isEmpty()) {
            error(open, "This placeholder has no name: use one of " + String.join(", ", Placeholder.keys()) + ".");
            return;
        }
        if (!Placeholder.isKnown(name)) {
            error(firstNonSpace(start, nameEnd), NameSuggestions.unknownNameMessage(name));
            return;
        }
        if (nameEnd == end) {
            segments.add(new Segment.Variable(name));
            return;
        }
        int secondBar = source.indexOf('|', bar + 1);
        if (secondBar >= 0 && secondBar < end) {
            error(secondBar, "A placeholder has at most one |: the fallback after it cannot contain another |.");
            return;
        }
        String fallback = source.substring(bar + 1, end).strip();
        if (fallback.isEmpty()) {
            error(bar, "The fallback after | is empty: write the words to use when " + name
                    + " is blank, or remove the |.");
            return;
        }
        segments.add(new Segment.Fallback(name, fallback));
    }

    private void flushText(int end) {
        if (end > textStart && errors.isEmpty()) {
            String text = source.substring(textStart, end).replace("\r\n", "\n").replace('\r', '\n');
            segments.add(new Segment.Text(text));
        }
    }

    private boolean isPair(int i, char brace) {
        return i + 1 < source.length() && source.charAt(i) == brace && source.charAt(i + 1) == brace;
    }

    private int runEnd(int i, char brace) {
        int end = i;
        while (end < source.length() && source.charAt(end) == brace) {
            end++;
        }
        return end;
    }

    private int firstNonSpace(int start, int end) {
        int k = start;
        while (k < end && Character.isWhitespace(source.charAt(k))) {
            k++;
        }
        return k;
    }

    private void error(int index, String message) {
        SourcePosition position = SourcePosition.of(source, index);
        errors.add(new ParseError(position.line(), position.column(), message));
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
