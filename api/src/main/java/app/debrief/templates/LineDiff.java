package app.debrief.templates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A readable line-by-line difference between two texts (longest common subsequence of lines). */
public final class LineDiff {

    public enum Change {
        SAME,
        REMOVED,
        ADDED
    }

    public record Line(Change change, String text) {
    }

    private LineDiff() {
    }

    public static List<Line> between(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        var lines = new ArrayList<Line>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                lines.add(new Line(Change.SAME, a.get(i++)));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                lines.add(new Line(Change.REMOVED, a.get(i++)));
            } else {
                lines.add(new Line(Change.ADDED, b.get(j++)));
            }
        }
        a.subList(i, a.size()).forEach(line -> lines.add(new Line(Change.REMOVED, line)));
        b.subList(j, b.size()).forEach(line -> lines.add(new Line(Change.ADDED, line)));
        return Collections.unmodifiableList(lines);
    }
}
