package app.debrief.base.database;

import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;

/**
 * The SQL of a busy query whose text depends only on how many rows or keys it takes, rendered once
 * for each such number (jOOQ's rendering was a large part of a busy call's time). A race renders the
 * same text twice, harmlessly.
 */
public final class SqlBySize {

    private final int max;
    private final IntFunction<String> render;
    private final @Nullable String[] rendered;

    /** {@code render} gives the SQL for 1 to {@code max}. */
    public SqlBySize(int max, IntFunction<String> render) {
        this.max = max;
        this.render = render;
        this.rendered = new String[max + 1];
    }

    public String forSize(int size) {
        if (size < 1 || size > max) {
            throw new IllegalArgumentException("1 to " + max + " at once, not " + size);
        }
        String sql = rendered[size];
        if (sql == null) {
            sql = render.apply(size);
            rendered[size] = sql;
        }
        return sql;
    }
}
