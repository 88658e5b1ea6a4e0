package app.debrief.requests;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import app.debrief.base.InvalidInputException;

/**
 * Feedback tags: a starter set every practice gets, plus any the coaches type. Stored normalised
 * (trimmed, single spaces, lower case), so the same theme typed twice counts once.
 */
final class Tags {

    static final int MAX_LENGTH = 40;
    static final int MAX_PER_KIND = 10;

    static final List<String> STARTER_STRENGTHS = List.of("communication", "technical skills", "preparation",
            "enthusiasm", "problem solving", "relevant experience", "culture fit", "teamwork");
    static final List<String> STARTER_TO_IMPROVE = List.of("specific examples", "technical depth",
            "company research", "conciseness", "leadership examples", "salary expectations", "confidence",
            "questions for the panel");

    private Tags() {
    }

    static String normalise(String tag) {
        return tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The distinct normalised tags, in the order given; refuses an over-long tag or too many, naming the field. */
    static Set<String> normaliseAll(String field, Collection<String> tags) {
        var clean = new LinkedHashSet<String>();
        for (String tag : tags) {
            String normalised = normalise(tag);
            if (normalised.isEmpty()) {
                continue;
            }
            if (normalised.length() > MAX_LENGTH) {
                throw new InvalidInputException(field + ": a tag has at most " + MAX_LENGTH + " characters (\""
                        + normalised.substring(0, 20) + "…\").");
            }
            clean.add(normalised);
        }
        if (clean.size() > MAX_PER_KIND) {
            throw new InvalidInputException(field + ": at most " + MAX_PER_KIND + " tags.");
        }
        return clean;
    }
}
