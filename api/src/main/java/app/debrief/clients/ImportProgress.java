package app.debrief.clients;

/** Told after each batch of rows written, inside the import's transaction: nothing is committed until the end. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (written, total) -> { };

    void written(int written, int total);
}
