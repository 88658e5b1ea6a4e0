package app.debrief.templates;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Friendly messages for misspelt placeholder names: "Company" and "interviewer name" are common slips. */
final class NameSuggestions {

    private static final int MAX_TYPO_DISTANCE = 2;

    private NameSuggestions() {
    }

    static String unknownNameMessage(String name) {
        String known = String.join(", ", Placeholder.keys());
        return suggestionFor(name)
                .map(key -> "There is no placeholder called \"" + name + "\". Did you mean \"" + key + "\"?")
                .orElse("There is no placeholder called \"" + name + "\". Use one of " + known + ".");
    }

    static Optional<String> suggestionFor(String name) {
        String normalised = name.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return Placeholder.keys().stream()
                .filter(key -> distance(normalised, key) <= MAX_TYPO_DISTANCE)
                .min(Comparator.comparingInt(key -> distance(normalised, key)));
    }

    /** Levenshtein distance; names are short, so the quadratic table is cheap. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
