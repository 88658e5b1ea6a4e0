package app.debrief.templates;

import static org.assertj.core.api.Assertions.assertThat;

import app.debrief.templates.LineDiff.Change;
import app.debrief.templates.LineDiff.Line;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void a_changed_line_reads_as_removed_then_added_between_unchanged_lines() {
        var diff = LineDiff.between("Dear {{interviewer_name}},\nThank you.\nBest,",
                "Dear {{interviewer_name}},\nThank you so much.\nBest,");

        assertThat(diff).containsExactly(
                new Line(Change.SAME, "Dear {{interviewer_name}},"),
                new Line(Change.REMOVED, "Thank you."),
                new Line(Change.ADDED, "Thank you so much."),
                new Line(Change.SAME, "Best,"));
    }

    @Test
    void added_and_removed_lines_at_either_end_are_kept_in_order() {
        assertThat(LineDiff.between("a\nb", "b\nc")).containsExactly(
                new Line(Change.REMOVED, "a"), new Line(Change.SAME, "b"), new Line(Change.ADDED, "c"));
        assertThat(LineDiff.between("", "x")).containsExactly(new Line(Change.ADDED, "x"));
        assertThat(LineDiff.between("same", "same")).containsExactly(new Line(Change.SAME, "same"));
    }
}
