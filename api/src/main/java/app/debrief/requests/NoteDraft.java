package app.debrief.requests;

import java.util.Collection;

/** A feedback note as the coach wrote it; tags are normalised when stored. */
public record NoteDraft(String body, Collection<String> strengths, Collection<String> toImprove) {
}
