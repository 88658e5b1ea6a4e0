package app.debrief.templates;

import java.util.List;

/**
 * Rendered text and the placeholders that had neither a value nor a fallback; those stay in the text
 * as {@code {{name}}} so a preview shows what is still to fill.
 */
public record Rendering(String text, List<String> missing) {

    public Rendering {
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
