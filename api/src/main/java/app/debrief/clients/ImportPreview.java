package app.debrief.clients;

import java.util.List;

/**
 * What importing a file would do: every client row with its problems, or the problems of the file as
 * a whole (not UTF-8, too big, a wrong header), in which case no row is read.
 */
public record ImportPreview(List<ImportRow> rows, List<String> fileProblems) {

    public ImportPreview {
        rows = List.copyOf(rows);
        fileProblems = List.copyOf(fileProblems);
    }

    static ImportPreview refused(String problem) {
        return new ImportPreview(List.of(), List.of(problem));
    }

    public boolean isReadable() {
        return fileProblems.isEmpty();
    }

    public long goodRows() {
        return rows.stream().filter(ImportRow::isGood).count();
    }

    public long badRows() {
        return rows.size() - goodRows();
    }
}
