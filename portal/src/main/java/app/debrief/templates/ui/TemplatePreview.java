package app.debrief.templates.ui;

import app.debrief.templates.ParseResult;
import app.debrief.templates.SampleValues;
import app.debrief.templates.TemplateKind;
import app.debrief.templates.TemplateParser;
import app.debrief.templates.TemplateRenderer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;

/** The template as a recipient would read it, filled with made-up values; plain text, line breaks kept. */
final class TemplatePreview extends Div {

    private final Paragraph subject = new Paragraph();
    private final Div text = new Div();

    TemplatePreview() {
        addClassNames("debrief-card", "debrief-preview");
        var hint = new Paragraph("Filled with sample values: Sam Rivera at Northwind Analytics, for Data Analyst.");
        hint.addClassNames("debrief-muted", "debrief-small");
        subject.addClassName("debrief-preview-subject");
        text.addClassName("debrief-preview-text");
        add(new H3("Preview"), hint, subject, text);
    }

    void show(TemplateKind kind, @Nullable String subjectSource, String bodySource) {
        subject.setVisible(kind != TemplateKind.PHONE);
        subject.setText("Subject: " + rendered(subjectSource == null ? "" : subjectSource));
        text.setText(rendered(bodySource));
    }

    private static String rendered(String source) {
        return switch (TemplateParser.parse(source)) {
            case ParseResult.Parsed parsed -> TemplateRenderer.render(parsed.segments(), SampleValues.VALUES).text();
            case ParseResult.Failed failed -> "(The preview returns when the placeholder errors are fixed.)";
        };
    }
}
