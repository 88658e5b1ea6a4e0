package app.debrief.clients;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which clients of the book to list: names or emails starting with {@code prefix} (any case), one
 * status or both (erased clients never), one coach's or everyone's the viewer may see.
 */
public record ClientFilter(String prefix, @Nullable ClientStatus status, @Nullable UUID coachId) {

    /** Every active and archived client the viewer may see. */
    public static final ClientFilter ALL = new ClientFilter("", null, null);

    public ClientFilter {
        prefix = prefix.strip();
        if (status == ClientStatus.ERASED) {
            throw new IllegalArgumentException("Erased clients are not listed");
        }
    }

    public boolean isEmpty() {
        return prefix.isEmpty() && status == null && coachId == null;
    }
}
