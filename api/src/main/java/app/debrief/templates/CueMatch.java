package app.debrief.templates;

import org.jspecify.annotations.Nullable;

/** Where a cue phrase was found; {@code turnedBy} names the guard that reversed it, if any. */
record CueMatch(Sentence sentence, int start, int end, @Nullable Guard turnedBy) {

    String text() {
        return sentence.text().substring(start, end);
    }

    boolean genuine() {
        return turnedBy == null;
    }

    boolean overlaps(CueMatch other) {
        return sentence == other.sentence && start < other.end && other.start < end;
    }
}
