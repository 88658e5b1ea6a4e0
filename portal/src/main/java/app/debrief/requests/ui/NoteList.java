package app.debrief.requests.ui;

import java.util.List;

import app.debrief.requests.FeedbackNote;
import app.debrief.requests.RequestDetail;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The coach's feedback notes on a request, newest first, each with its strength and to-improve tags. */
final class NoteList extends Div {

    NoteList(RequestDetail request) {
        addClassName("debrief-notes");
        if (request.notes().isEmpty()) {
            var title = new Paragraph("No notes yet.");
            title.addClassName("debrief-empty-title");
            var hint = new Paragraph("When the employer answers, write down what they said with \"Add a note\" and "
                    + "tag the strengths and what to improve: the dashboard shows the themes that come back.");
            hint.addClassName("debrief-muted");
            add(title, hint);
            return;
        }
        for (FeedbackNote note : request.notes()) {
            var byline = new Div(new Span(note.authorName()), new Span(" · "),
                    new Span(RequestLabels.when(note.createdAt(), request.zone())));
            byline.addClassNames("debrief-muted", "debrief-small");
            var body = new Div(note.body());
            body.addClassName("debrief-note-body");
            var item = new Div(byline, body);
            tags(item, "Strengths", note.strengths(), "badge success");
            tags(item, "To improve", note.toImprove(), "badge");
            item.addClassName("debrief-note");
            add(item);
        }
    }

    private static void tags(Div note, String label, List<String> tags, String theme) {
        if (tags.isEmpty()) {
            return;
        }
        var caption = new Span(label + ":");
        caption.addClassNames("debrief-muted", "debrief-small");
        var row = new Div(caption);
        row.addClassName("debrief-tags");
        for (String tag : tags) {
            var badge = new Span(tag);
            badge.getElement().getThemeList().add(theme);
            row.add(badge);
        }
        note.add(row);
    }
}
