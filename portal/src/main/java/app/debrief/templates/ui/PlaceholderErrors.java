package app.debrief.templates.ui;

import app.debrief.templates.ParseError;
import app.debrief.templates.TemplateReview;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** Placeholder errors by where they are, so the author can find them; while any remain, nothing publishes. */
final class PlaceholderErrors extends Div {

    private final UnorderedList list = new UnorderedList();

    PlaceholderErrors() {
        addClassName("debrief-placeholder-errors");
        var heading = new Paragraph("Fix these placeholders before publishing:");
        heading.addClassName("debrief-errors-title");
        add(heading, list);
        setVisible(false);
    }

    void show(TemplateReview review) {
        list.removeAll();
        review.subjectErrors().forEach(error -> list.add(item("Subject", error)));
        review.bodyErrors().forEach(error -> list.add(item("Body", error)));
        setVisible(review.blocksPublishing());
    }

    private static ListItem item(String field, ParseError error) {
        return new ListItem(field + ", line " + error.line() + ", column " + error.column() + ": " + error.message());
    }
}
