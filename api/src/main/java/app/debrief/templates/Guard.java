package app.debrief.templates;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words shortly before a cue, in the same clause, that turn it around: "I don't accept your decision"
 * does not accept it, and "I'd be grateful if..." asks a favour rather than thanks. The window stops at
 * a comma, semicolon, colon, dash, bracket or "but", so "I don't want to take more of your time, but
 * thank you" still thanks.
 */
enum Guard {
    NEGATION(Set.of("not", "never", "no", "cannot", "without", "nor", "hardly", "nothing", "none", "neither"), "n't"),
    CONDITIONAL(Set.of("would", "could", "should", "if", "might"), "'d");

    private static final int WINDOW_WORDS = 6;
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final String CLAUSE_MARKS = ",;:()\u2013\u2014";

    private final Set<String> words;
    private final String suffix;

    Guard(Set<String> words, String suffix) {
        this.words = words;
        this.suffix = suffix;
    }

    /** @param sentence the lowercased sentence */
    boolean guards(String sentence, int cueStart) {
        String[] before = WORD_SEPARATORS.split(clauseBefore(sentence, cueStart));
        for (int i = Math.max(0, before.length - WINDOW_WORDS); i < before.length; i++) {
            if (words.contains(before[i]) || before[i].endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static String clauseBefore(String sentence, int cueStart) {
        int start = 0;
        for (int i = cueStart - 1; i >= 0; i--) {
            if (CLAUSE_MARKS.indexOf(sentence.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        }
        String clause = sentence.substring(start, cueStart);
        int but = clause.lastIndexOf(" but ");
        return but >= 0 ? clause.substring(but + 5) : clause;
    }
}
