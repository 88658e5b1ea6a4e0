package app.debrief.requests.ui;

import app.debrief.requests.EventSource;
import app.debrief.requests.RequestDetail;
import app.debrief.requests.TimelineEntry;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;

/** A request's events in the order they happened, each with its time in the practice's zone and its source. */
final class Timeline extends OrderedList {

    Timeline(RequestDetail request) {
        addClassName("debrief-timeline");
        for (TimelineEntry entry : request.timeline()) {
            var what = new Span(RequestLabels.event(entry, request.channel(), request.noReplyDays()));
            what.addClassName("debrief-timeline-what");
            var when = new Span(RequestLabels.when(entry.occurredAt(), request.zone()));
            when.addClassName("debrief-muted");
            var source = new Span(RequestLabels.source(entry));
            source.addClassNames("debrief-timeline-source", "debrief-source-" + entry.source().name().toLowerCase());
            var item = new ListItem(new Div(what), new Div(when, new Span(" · "), source));
            item.addClassName("debrief-timeline-item");
            item.addClassName("debrief-timeline-" + entry.type().name().toLowerCase().replace('_', '-'));
            if (entry.followUp()) {
                item.addClassName("debrief-timeline-follow-up");
            }
            if (entry.source() == EventSource.SYSTEM) {
                item.addClassName("debrief-timeline-system");
            }
            add(item);
        }
        if (request.timeline().isEmpty()) {
            add(new ListItem("Nothing recorded yet."));
        }
    }
}
