package app.debrief.clients;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One client row of an imported file, numbered as a spreadsheet numbers it (the header is row 1), with
 * what is wrong with it; a row without problems is imported.
 */
public record ImportRow(int row, String name, @Nullable String email, @Nullable String targetField,
        @Nullable String coachEmail, List<String> problems) {

    public ImportRow {
        problems = List.copyOf(problems);
    }

    public boolean isGood() {
        return problems.isEmpty();
    }

    /** "Row 4: …", each problem in one sentence. */
    public String describeProblems() {
        return "Row " + row + ": " + String.join(" ", problems);
    }
}
