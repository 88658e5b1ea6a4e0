package app.debrief.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void rows_end_with_crlf_and_plain_cells_stay_as_they_are() {
        assertThat(write(List.of("Name", "Email"), List.of("Ada Lovelace", "ada@example.com")))
                .isEqualTo("Name,Email\r\nAda Lovelace,ada@example.com\r\n");
    }

    @Test
    void commas_quotes_and_line_breaks_are_quoted_as_rfc_4180_says() {
        assertThat(CsvWriter.cell("Lovelace, Ada")).isEqualTo("\"Lovelace, Ada\"");
        assertThat(CsvWriter.cell("Ada \"the Countess\"")).isEqualTo("\"Ada \"\"the Countess\"\"\"");
        assertThat(CsvWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void names_that_look_like_formulas_are_neutralised_with_an_apostrophe() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://evil.test\",\"click\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"click\"\")\"");
        assertThat(CsvWriter.cell("+1 555 0100")).isEqualTo("\"'+1 555 0100\"");
        assertThat(CsvWriter.cell("-2+3")).isEqualTo("\"'-2+3\"");
        assertThat(CsvWriter.cell("@SUM(A1:A9)")).isEqualTo("\"'@SUM(A1:A9)\"");
        assertThat(CsvWriter.cell("\t=1+1")).isEqualTo("\"'\t=1+1\"");
        assertThat(CsvWriter.cell("\r=1+1")).isEqualTo("\"'\r=1+1\"");
        assertThat(CsvWriter.cell("\uFF1D1+1")).isEqualTo("\"'\uFF1D1+1\"");
    }

    @Test
    void a_formula_sign_later_in_the_cell_is_harmless_and_kept() {
        assertThat(CsvWriter.cell("Jean-Luc = Picard")).isEqualTo("Jean-Luc = Picard");
        assertThat(CsvWriter.cell("ada@example.com")).isEqualTo("ada@example.com");
    }

    @Test
    void empty_and_missing_cells_are_empty() {
        assertThat(write(Arrays.asList("", null, "x"))).isEqualTo(",,x\r\n");
    }

    @SafeVarargs
    private static String write(List<String>... rows) {
        var out = new StringWriter();
        var csv = new CsvWriter(out);
        for (List<String> row : rows) {
            csv.row(row);
        }
        return out.toString();
    }
}
