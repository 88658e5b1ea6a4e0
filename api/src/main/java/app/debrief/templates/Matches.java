package app.debrief.templates;

import java.util.ArrayList;
import java.util.List;

/** Small list helpers shared by the checks. */
final class Matches {

    private static final int MAX_EVIDENCE = 3;

    private Matches() {
    }

    static List<CueMatch> concat(List<CueMatch> first, List<CueMatch> second) {
        List<CueMatch> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    static boolean overlapsAny(CueMatch match, List<CueMatch> others) {
        return others.stream().anyMatch(match::overlaps);
    }

    static List<String> evidence(List<CueMatch> matches) {
        return matches.stream().map(Evidence::of).distinct().limit(MAX_EVIDENCE).toList();
    }

    static String quoteFirst(List<CueMatch> matches) {
        return Evidence.quote(Evidence.of(matches.getFirst()));
    }
}
