package app.debrief.requests;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The most frequent strength and to-improve tags in feedback notes: across the signed-in coach's
 * own clients and, for the owner only, across the practice (null for a coach).
 */
public record TagThemes(Themes ownClients, @Nullable Themes practice) {

    public record Themes(List<TagCount> strengths, List<TagCount> toImprove) {

        public boolean isEmpty() {
            return strengths.isEmpty() && toImprove.isEmpty();
        }
    }
}
