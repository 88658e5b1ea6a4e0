package app.debrief.requests.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.debrief.base.InvalidInputException;
import app.debrief.requests.NoteDraft;
import app.debrief.requests.RequestTimelineService;
import app.debrief.requests.TagSuggestions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A feedback note: what the employer said, with strength and to-improve tags from the practice's
 * list or typed new. The note id is chosen when the dialog opens, so a double click saves one note.
 */
final class NoteDialog extends Dialog {

    private final UUID noteId = UUID.randomUUID();
    private final TextArea body = new TextArea("What did the employer say?");
    private final MultiSelectComboBox<String> strengths = new MultiSelectComboBox<>("Strengths");
    private final MultiSelectComboBox<String> toImprove = new MultiSelectComboBox<>("To improve");

    NoteDialog(UUID requestId, String company, RequestTimelineService timelines, Runnable saved) {
        setHeaderTitle("Feedback from " + company);
        body.setMaxLength(4000);
        body.setRequiredIndicatorVisible(true);
        body.setMinHeight("8rem");
        body.setPlaceholder("In the coach's words: what went well, what to work on.");
        TagSuggestions suggestions = timelines.tagSuggestions();
        tagField(strengths, suggestions.strengths());
        tagField(toImprove, suggestions.toImprove());
        var form = new FormLayout(body, strengths, toImprove);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("32rem");
        add(form);

        var save = new Button("Save note", click -> {
            try {
                timelines.addNote(requestId, noteId, new NoteDraft(body.getValue(), List.copyOf(strengths.getValue()),
                        List.copyOf(toImprove.getValue())));
                Problems.saved("Note saved.");
                close();
                saved.run();
            } catch (InvalidInputException e) {
                Problems.show(e.problems(), Map.of("Note", body, "Strengths", strengths, "To improve", toImprove));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
        addOpenedChangeListener(opened -> body.focus());
    }

    /** Offers the practice's tags; a tag typed and confirmed with Enter is added and selected. */
    private static void tagField(MultiSelectComboBox<String> field, List<String> suggestions) {
        var items = new ArrayList<>(suggestions);
        field.setItems(items);
        field.setAllowCustomValue(true);
        field.setHelperText("Pick from the list or type a new tag and press Enter.");
        field.addCustomValueSetListener(event -> {
            String tag = event.getDetail().strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
            if (tag.isEmpty()) {
                return;
            }
            if (!items.contains(tag)) {
                items.add(tag);
                field.setItems(items);
            }
            var selected = new java.util.LinkedHashSet<>(field.getValue());
            selected.add(tag);
            field.setValue(selected);
        });
    }
}
