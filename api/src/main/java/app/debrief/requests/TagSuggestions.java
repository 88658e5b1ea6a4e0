package app.debrief.requests;

import java.util.List;

/** Tags to offer in the note dialog: the starter set, then the practice's own, most used first. */
public record TagSuggestions(List<String> strengths, List<String> toImprove) {
}
