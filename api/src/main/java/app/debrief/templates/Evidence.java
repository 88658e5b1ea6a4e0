package app.debrief.templates;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns matches into the short quotes shown to the author. */
final class Evidence {

    private static final Pattern NEXT_WORD = Pattern.compile("\\G\\s+([^\\s,;:.!?()]+)");
    /** A quote ends where the next idea begins. */
    private static final Set<String> STOP_WORDS = Set.of("and", "but", "or", "because", "though", "while");
    private static final int MAX_FOLLOWING = 4;
    private static final int MAX_SENTENCE = 140;

    private Evidence() {
    }

    /** A short cue ("Thank you") says less than its clause ("Thank you for your time"). */
    static String of(CueMatch match) {
        String sentence = match.sentence().text();
        Matcher next = NEXT_WORD.matcher(sentence);
        int end = match.end();
        for (int words = 0; words < MAX_FOLLOWING && next.find(end); words++) {
            if (STOP_WORDS.contains(next.group(1).toLowerCase(Locale.ROOT))) {
                break;
            }
            end = next.end();
        }
        return sentence.substring(match.start(), end);
    }

    static String of(Sentence sentence) {
        String text = sentence.text();
        return text.length() <= MAX_SENTENCE ? text : text.substring(0, MAX_SENTENCE - 1) + "\u2026";
    }

    static String quote(String evidence) {
        return "\u201c" + evidence + "\u201d";
    }
}
