package app.debrief.templates.ui;

import java.util.List;
import java.util.Locale;

import app.debrief.templates.TemplateDraft;
import app.debrief.templates.TemplateKind;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;

/** The words of a template: name, subject (emails only), body, and the placeholders to insert into it. */
final class TemplateForm extends Div {

    /** Long enough that a fast typist is not interrupted, short enough that the checklist feels live. */
    private static final int REVIEW_DELAY_MS = 300;

    /** Inserts at the caret the author left in the body; a text area has no server-side caret. */
    private static final String INSERT_AT_CARET = """
            const area = this.inputElement || this.querySelector('textarea');
            const start = area.selectionStart ?? area.value.length;
            const end = area.selectionEnd ?? start;
            area.focus();
            area.setRangeText($0, start, end, 'end');
            area.dispatchEvent(new Event('input', { bubbles: true }));
            area.dispatchEvent(new Event('change', { bubbles: true }));
            """;

    private final TextField name = new TextField("Name");
    private final TextField subject = new TextField("Subject");
    private final TextArea body = new TextArea("Body");
    private final PlaceholderPalette palette = new PlaceholderPalette(this::insertIntoBody);
    private TemplateKind kind = TemplateKind.EMAIL;

    TemplateForm() {
        addClassName("debrief-template-form");
        name.setId("template-name");
        name.setWidthFull();
        name.setMaxLength(120);
        subject.setId("template-subject");
        subject.setWidthFull();
        subject.setMaxLength(200);
        subject.setValueChangeMode(ValueChangeMode.TIMEOUT);
        subject.setValueChangeTimeout(REVIEW_DELAY_MS);
        body.setId("template-body");
        body.addClassName("debrief-source");
        body.setWidthFull();
        body.setMinRows(8);
        body.setValueChangeMode(ValueChangeMode.TIMEOUT);
        body.setValueChangeTimeout(REVIEW_DELAY_MS);
        var nameAndSubject = new Div(name, subject);
        nameAndSubject.addClassName("debrief-name-subject");
        add(nameAndSubject, palette, body);
    }

    void onTextChange(Runnable review) {
        subject.addValueChangeListener(change -> review.run());
        body.addValueChangeListener(change -> review.run());
    }

    void load(TemplateDraft draft) {
        kind = draft.kind();
        name.setValue(draft.name());
        subject.setValue(draft.subject() == null ? "" : draft.subject());
        subject.setVisible(kind != TemplateKind.PHONE);
        body.setLabel(kind == TemplateKind.PHONE ? "Call script" : "Body");
        body.setHelperText(kind == TemplateKind.PHONE
                ? "Plain text. [Stage directions] in square brackets are not spoken and not checked."
                : "Plain text: line breaks are kept as you type them.");
        body.setValue(draft.body());
        List.of(name, subject, body).forEach(field -> {
            field.setReadOnly(!draft.editable());
            field.setInvalid(false);
        });
        palette.setVisible(draft.editable());
    }

    String name() {
        return name.getValue();
    }

    @Nullable String subject() {
        return kind == TemplateKind.PHONE ? null : subject.getValue();
    }

    String body() {
        return body.getValue();
    }

    /** Puts each refusal from the service at the field it is about. */
    void showProblems(List<String> problems) {
        for (String problem : problems) {
            HasValidationProperties field = fieldAbout(problem.toLowerCase(Locale.ROOT));
            if (field == null) {
                Notification.show(problem);
            } else {
                field.setErrorMessage(problem);
                field.setInvalid(true);
            }
        }
    }

    private @Nullable HasValidationProperties fieldAbout(String problem) {
        if (problem.contains("subject")) {
            return subject;
        }
        if (problem.contains("body")) {
            return body;
        }
        return problem.contains("name") ? name : null;
    }

    private void insertIntoBody(String token) {
        body.getElement().executeJs(INSERT_AT_CARET, token);
    }
}
