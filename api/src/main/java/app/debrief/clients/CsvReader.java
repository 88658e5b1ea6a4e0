package app.debrief.clients;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 text: commas between cells, double quotes around cells that hold commas, quotes or
 * line breaks (a quote inside doubled), CRLF or LF line ends. Each record keeps its number (the
 * first is 1), as a spreadsheet numbers its rows.
 */
final class CsvReader {

    record Row(int number, List<String> cells) {

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** A quote opened and never closed: everything after it would be one cell. */
    static final class UnclosedQuoteException extends Exception {

        private final int row;

        UnclosedQuoteException(int row) {
            super("Row " + row + " opens a quote that is never closed.");
            this.row = row;
        }

        int row() {
            return row;
        }
    }

    private CsvReader() {
    }

    static List<Row> read(String text) throws UnclosedQuoteException {
        var rows = new ArrayList<Row>();
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        int number = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
                i++;
                continue;
            }
            switch (c) {
                case '"' -> quoted = true;
                case ',' -> {
                    cells.add(cell.toString());
                    cell.setLength(0);
                }
                case '\r', '\n' -> {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    cells.add(cell.toString());
                    cell.setLength(0);
                    rows.add(new Row(number++, List.copyOf(cells)));
                    cells.clear();
                }
                default -> cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new UnclosedQuoteException(number);
        }
        if (!cells.isEmpty() || !cell.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(number, List.copyOf(cells)));
        }
        return rows;
    }
}
