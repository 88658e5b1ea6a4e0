package app.debrief.reports.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.debrief.reports.Rate;
import app.debrief.reports.ReportRow;
import tools.jackson.databind.json.JsonMapper;

/** The charts' data as JSON: plain values and names, which ECharts shows as text. */
final class ReportCharts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReportCharts() {
    }

    /** Months on the axis, response and feedback rates in percent (null without resolved requests), n. */
    static String trend(List<ReportRow> months) {
        var data = new LinkedHashMap<String, Object>();
        data.put("months", months.stream().map(ReportRow::label).toList());
        data.put("response", months.stream().map(row -> percentOrNull(row.counts().responseRate())).toList());
        data.put("feedback", months.stream().map(row -> percentOrNull(row.counts().feedbackRate())).toList());
        data.put("resolved", months.stream().map(row -> row.counts().resolved()).toList());
        return JSON.writeValueAsString(data);
    }

    /** One bar per template with a response rate: the rate, its interval, and whether n is small. */
    static String bars(List<ReportRow> templates) {
        var rated = templates.stream().filter(row -> !row.counts().responseRate().isEmpty()).toList();
        var intervals = new ArrayList<List<Object>>();
        for (int i = 0; i < rated.size(); i++) {
            Rate rate = rated.get(i).counts().responseRate();
            intervals.add(List.of(i, round(rate.interval().low() * 100), round(rate.interval().high() * 100)));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", rated.stream().map(ReportRow::label).toList());
        data.put("rates", rated.stream().map(row -> round(row.counts().responseRate().value() * 100)).toList());
        data.put("small", rated.stream().map(row -> row.counts().responseRate().isSmall()).toList());
        data.put("intervals", intervals);
        return JSON.writeValueAsString(data);
    }

    private static Double percentOrNull(Rate rate) {
        return rate.isEmpty() ? null : round(rate.value() * 100);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
