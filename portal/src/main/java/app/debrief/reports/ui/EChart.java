package app.debrief.reports.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import com.vaadin.flow.component.html.Div;

/**
 * An Apache ECharts chart drawn into this div. ECharts comes from its webjar, loaded by a script tag
 * the first time a chart is shown (no npm, no bundle); the data is JSON built on the server and
 * passed as a parameter, never as code, and tooltips render as chart text, never as HTML.
 */
class EChart extends Div {

    /** Where the webjar's script is served; the version and folder are read from the webjar itself. */
    static final String SCRIPT = scriptPath();

    enum Kind {
        TREND, BARS
    }

    private static final String DRAW = """
            const el = this, spec = JSON.parse($0), kind = $1, src = $2;
            const percent = v => v == null ? '–' : v.toFixed(0) + '%';
            const options = {
              TREND: () => ({
                animation: false,
                tooltip: {trigger: 'axis', renderMode: 'richText'},
                legend: {top: 0, data: ['Response rate', 'Feedback rate', 'Resolved (n)']},
                grid: {left: 48, right: 48, top: 36, bottom: 28},
                xAxis: {type: 'category', data: spec.months},
                yAxis: [{type: 'value', min: 0, max: 100, axisLabel: {formatter: '{value}%'}},
                        {type: 'value', splitLine: {show: false}}],
                series: [
                  {name: 'Resolved (n)', type: 'bar', yAxisIndex: 1, data: spec.resolved, barMaxWidth: 18, z: 1,
                   itemStyle: {color: '#d5dae1'}},
                  {name: 'Response rate', type: 'line', data: spec.response, connectNulls: true, z: 3,
                   itemStyle: {color: '#1676f3'}, lineStyle: {width: 2.5}},
                  {name: 'Feedback rate', type: 'line', data: spec.feedback, connectNulls: true, z: 3,
                   itemStyle: {color: '#20a464'}, lineStyle: {width: 2.5}}]
              }),
              BARS: () => ({
                animation: false,
                tooltip: {trigger: 'item', renderMode: 'richText'},
                grid: {left: 8, right: 24, top: 8, bottom: 24, containLabel: true},
                xAxis: {type: 'value', min: 0, max: 100, axisLabel: {formatter: '{value}%'}},
                yAxis: {type: 'category', data: spec.labels, inverse: true,
                        axisLabel: {width: 170, overflow: 'truncate'}},
                series: [
                  {name: 'Response rate', type: 'bar', barMaxWidth: 22,
                   data: spec.rates.map((v, i) => ({value: v,
                     itemStyle: {color: spec.small[i] ? '#c5cbd3' : '#1676f3'}}))},
                  {name: '95% interval', type: 'custom', z: 10, data: spec.intervals,
                   encode: {x: [1, 2], y: 0},
                   renderItem: (params, api) => {
                     const lo = api.coord([api.value(1), api.value(0)]);
                     const hi = api.coord([api.value(2), api.value(0)]);
                     const h = api.size([0, 1])[1] * 0.18;
                     const style = {stroke: '#27313d', lineWidth: 1.5};
                     return {type: 'group', children: [
                       {type: 'line', shape: {x1: lo[0], y1: lo[1], x2: hi[0], y2: hi[1]}, style},
                       {type: 'line', shape: {x1: lo[0], y1: lo[1] - h, x2: lo[0], y2: lo[1] + h}, style},
                       {type: 'line', shape: {x1: hi[0], y1: hi[1] - h, x2: hi[0], y2: hi[1] + h}, style}]};
                   }}]
              })
            };
            const draw = () => {
              const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el, null, {renderer: 'svg'});
              chart.setOption(options[kind](), true);
              if (!el.debriefResize) {
                el.debriefResize = () => chart.resize();
                window.addEventListener('resize', el.debriefResize);
              }
              el.setAttribute('data-drawn', 'true');
            };
            if (window.echarts) {
              draw();
            } else {
              let script = document.getElementById('debrief-echarts');
              if (!script) {
                script = document.createElement('script');
                script.id = 'debrief-echarts';
                script.src = src;
                document.head.appendChild(script);
              }
              script.addEventListener('load', draw);
            }
            """;

    private final Kind kind;

    EChart(Kind kind, String label) {
        this.kind = kind;
        addClassName("debrief-chart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", label);
    }

    /** Draws the chart from JSON data; the last data shown is kept for tests and for re-attaching. */
    void show(String json) {
        getElement().setProperty("data", json);
        getElement().executeJs(DRAW, json, kind.name(), SCRIPT);
    }

    String data() {
        return getElement().getProperty("data", "");
    }

    private static String scriptPath() {
        String base = "/webjars/echarts/" + webjarVersion();
        // org.webjars packs the script at the version's root; npm-built webjars under dist/
        for (String path : new String[] {base + "/echarts.min.js", base + "/dist/echarts.min.js"}) {
            if (EChart.class.getResource("/META-INF/resources" + path) != null) {
                return path;
            }
        }
        throw new IllegalStateException("echarts.min.js is missing from the ECharts webjar");
    }

    private static String webjarVersion() {
        try (InputStream in = EChart.class.getResourceAsStream("/META-INF/maven/org.webjars/echarts/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("The ECharts webjar (org.webjars:echarts) is not on the class path");
            }
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
