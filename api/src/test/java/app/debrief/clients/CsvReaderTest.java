package app.debrief.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void cells_split_at_commas_and_rows_at_crlf_or_lf_numbered_from_one() throws Exception {
        assertThat(CsvReader.read("a,b\r\nc,d\ne,")).containsExactly(
                new CsvReader.Row(1, List.of("a", "b")),
                new CsvReader.Row(2, List.of("c", "d")),
                new CsvReader.Row(3, List.of("e", "")));
    }

    @Test
    void quoted_cells_keep_commas_line_breaks_and_doubled_quotes() throws Exception {
        assertThat(CsvReader.read("\"O'Neil, Tom\",\"said \"\"hi\"\"\",\"two\nlines\"\nnext\n")).containsExactly(
                new CsvReader.Row(1, List.of("O'Neil, Tom", "said \"hi\"", "two\nlines")),
                new CsvReader.Row(2, List.of("next")));
    }

    @Test
    void a_last_line_without_a_line_end_still_counts_and_blank_lines_are_blank_rows() throws Exception {
        var rows = CsvReader.read("a\n\nb");

        assertThat(rows).extracting(CsvReader.Row::number).containsExactly(1, 2, 3);
        assertThat(rows.get(1).isBlank()).isTrue();
        assertThat(rows.get(2).cells()).containsExactly("b");
    }

    @Test
    void a_quote_never_closed_names_the_row_it_opened_on() {
        assertThatThrownBy(() -> CsvReader.read("name\n\"open\nstill open"))
                .isInstanceOf(CsvReader.UnclosedQuoteException.class)
                .hasMessage("Row 2 opens a quote that is never closed.");
    }
}
