package app.debrief.templates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A list of phrases, each a regular expression on lowercase text matched on whole words, where a space
 * matches any run of white space.
 *
 * <p>Speed (the editor checks on every pause in typing; bench/templates holds it under 1 ms): a phrase
 * is only tried at the start of a word and only if it can begin with that word's first character. The
 * first characters are found once, by asking each phrase whether a one-character input could be the
 * start of a match ({@link Matcher#hitEnd()}), so the phrases stay plain regular expressions.
 */
final class CueList {

    private static final String FIRST_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789{'";
    private static final String WORD_END = "(?![\\p{L}\\p{N}_])";

    private final Pattern[] byFirstCharacter = new Pattern[128];
    private final Set<Guard> guards;

    private CueList(List<String> phrases, Set<Guard> guards) {
        phrases.stream().filter(phrase -> phrase.chars().anyMatch(Character::isUpperCase)).findFirst()
                .ifPresent(phrase -> {
                    throw new IllegalArgumentException("text is lowercased before matching, so this never matches: " + phrase);
                });
        this.guards = Set.copyOf(guards);
        List<String> regexes = phrases.stream().map(phrase -> phrase.replace(" ", "\\s+")).toList();
        for (char first : FIRST_CHARACTERS.toCharArray()) {
            List<String> starting = regexes.stream().filter(regex -> canStartWith(regex, first)).toList();
            if (!starting.isEmpty()) {
                byFirstCharacter[first] = Pattern.compile(
                        starting.stream().collect(Collectors.joining("|", "(?:", ")" + WORD_END)));
            }
        }
    }

    /** Phrases that mean the opposite when negated (or made conditional) just before them. */
    static CueList guarded(Set<Guard> guards, String... phrases) {
        return new CueList(List.of(phrases), guards);
    }

    /** Phrases that already carry their polarity, such as "not contesting" or "thanks for nothing". */
    static CueList plain(String... phrases) {
        return new CueList(List.of(phrases), Set.of());
    }

    List<CueMatch> findIn(Collection<Sentence> sentences) {
        List<CueMatch> matches = new ArrayList<>();
        for (Sentence sentence : sentences) {
            scan(sentence, matches, false);
        }
        return matches;
    }

    boolean matches(Sentence sentence) {
        List<CueMatch> found = new ArrayList<>(1);
        scan(sentence, found, true);
        return !found.isEmpty();
    }

    private void scan(Sentence sentence, List<CueMatch> into, boolean firstOnly) {
        String text = sentence.lower();
        Matcher[] matchers = new Matcher[byFirstCharacter.length];
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            Pattern pattern = c < byFirstCharacter.length ? byFirstCharacter[c] : null;
            if (pattern != null && (i == 0 || !isWordCharacter(text.charAt(i - 1)))) {
                if (matchers[c] == null) {
                    matchers[c] = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                Matcher matcher = matchers[c].region(i, text.length());
                if (matcher.lookingAt()) {
                    into.add(new CueMatch(sentence, i, matcher.end(), turningGuard(sentence, i)));
                    if (firstOnly) {
                        return;
                    }
                    i = Math.max(matcher.end(), i + 1);
                    continue;
                }
            }
            i++;
        }
    }

    private @Nullable Guard turningGuard(Sentence sentence, int start) {
        for (Guard guard : guards) {
            if (guard.guards(sentence.lower(), start)) {
                return guard;
            }
        }
        return null;
    }

    private static boolean canStartWith(String regex, char first) {
        Matcher probe = Pattern.compile(regex).matcher(String.valueOf(first));
        return probe.lookingAt() || probe.hitEnd();
    }

    private static boolean isWordCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
