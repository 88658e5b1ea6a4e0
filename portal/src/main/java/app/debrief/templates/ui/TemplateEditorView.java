package app.debrief.templates.ui;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import app.debrief.accounts.Roles;
import app.debrief.base.InvalidInputException;
import app.debrief.base.NotFoundException;
import app.debrief.templates.PublishOutcome;
import app.debrief.templates.TemplateDraft;
import app.debrief.templates.TemplateKind;
import app.debrief.templates.TemplateReview;
import app.debrief.templates.TemplateService;
import app.debrief.templates.TemplateStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Writing one template: the text on the left, what a recipient reads and what the courtesy checks say
 * on the right, both following the typing; then saving, publishing, duplicating or retiring it.
 */
@Route("templates/:" + TemplateEditorView.TEMPLATE_ID)
@RolesAllowed(Roles.COACH)
public class TemplateEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String TEMPLATE_ID = "templateId";

    private final TemplateService templates;
    private final TemplateForm form = new TemplateForm();
    private final TemplatePreview preview = new TemplatePreview();
    private final CourtesyChecklist checklist = new CourtesyChecklist();
    private final PlaceholderErrors errors = new PlaceholderErrors();
    private final Button saveDraft = new Button("Save draft", click -> saveDraft());
    private final Button publish = new Button("Publish", click -> publish(false));
    private final Button duplicate = new Button("Duplicate", click -> duplicate());
    private final Button history = new Button("Version history", click -> openHistory());
    private final Button retire = new Button("Retire", click -> confirmRetire());
    private @Nullable TemplateDraft draft;

    public TemplateEditorView(TemplateService templates) {
        this.templates = templates;
        setPadding(true);
        addClassName("debrief-editor");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        form.onTextChange(this::review);
    }

    static RouteParameters parametersFor(UUID templateId) {
        return new RouteParameters(TEMPLATE_ID, templateId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = event.getRouteParameters().get(TEMPLATE_ID).flatMap(TemplateEditorView::uuid);
        try {
            show(templates.load(id.orElseThrow(() -> new NotFoundException("The template"))));
        } catch (NotFoundException e) {
            showMissing();
        }
    }

    @Override
    public String getPageTitle() {
        return (draft == null ? "Template" : draft.name()) + " · Debrief";
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void show(TemplateDraft loaded) {
        draft = loaded;
        removeAll();
        var actions = new Div(saveDraft, publish, duplicate, history, retire);
        actions.addClassName("debrief-actions");
        var header = new Div(new TemplateHeading(loaded), actions);
        header.addClassName("debrief-editor-header");
        add(header);

        boolean editable = loaded.editable();
        if (!editable) {
            var readOnly = new Paragraph("You can read this template. Only the library's author and the practice "
                    + "owner can change it.");
            readOnly.addClassName("debrief-read-only-note");
            add(readOnly);
        }
        saveDraft.setVisible(editable && loaded.status() == TemplateStatus.DRAFT);
        publish.setVisible(editable);
        publish.setText(loaded.status() == TemplateStatus.DRAFT ? "Publish" : "Publish new version");
        duplicate.setVisible(editable);
        retire.setVisible(editable && loaded.status() != TemplateStatus.RETIRED);
        history.setVisible(loaded.currentVersion() > 0);

        form.load(loaded);
        var editorColumn = new Div(form, errors, preview);
        editorColumn.addClassName("debrief-editor-text");
        var reviewColumn = new Div(checklist);
        reviewColumn.addClassName("debrief-editor-review");
        var columns = new Div(editorColumn, reviewColumn);
        columns.addClassName("debrief-editor-columns");
        add(columns);
        review();
    }

    private void showMissing() {
        draft = null;
        removeAll();
        var state = new Div(new H1("Template not found"),
                new Paragraph("This template does not exist or is not yours to see. It may have been deleted "
                        + "with its library."),
                new RouterLink("Back to the templates", LibrariesView.class));
        state.addClassNames("debrief-card", "debrief-empty-state");
        add(state);
    }

    private void review() {
        if (draft == null) {
            return;
        }
        TemplateKind kind = draft.kind();
        TemplateReview review = TemplateReview.of(kind, form.subject(), form.body());
        errors.show(review);
        checklist.show(review);
        preview.show(kind, form.subject(), form.body());
        publish.setEnabled(!review.blocksPublishing());
        publish.setTooltipText(review.blocksPublishing() ? "Fix the placeholder errors first" : null);
    }

    private void saveDraft() {
        UUID id = currentId();
        attempt(() -> {
            templates.saveDraft(id, form.name(), form.subject(), form.body());
            return id;
        }).ifPresent(saved -> {
            success("Draft saved");
            show(templates.load(id));
        });
    }

    private void publish(boolean warningsConfirmed) {
        UUID id = currentId();
        Optional<PublishOutcome> outcome = attempt(() -> templates.publish(id, form.name(), form.subject(),
                form.body(), warningsConfirmed));
        if (outcome.isEmpty()) {
            return;
        }
        switch (outcome.get()) {
            case PublishOutcome.Published published -> {
                success("Version " + published.version() + " published");
                show(templates.load(id));
            }
            case PublishOutcome.Unchanged unchanged -> {
                Notification.show("Nothing changed since version " + unchanged.version() + ", so no new version "
                        + "was made.");
                show(templates.load(id));
            }
            case PublishOutcome.Blocked blocked -> review();
            case PublishOutcome.NeedsConfirmation confirmation ->
                    new PublishConfirmation(confirmation.warnings(), () -> publish(true)).open();
        }
    }

    private void duplicate() {
        UUID id = currentId();
        attempt(() -> templates.duplicate(id)).ifPresent(copy -> {
            success("A copy is ready to edit");
            getUI().ifPresent(ui -> ui.navigate(TemplateEditorView.class, parametersFor(copy)));
        });
    }

    private void confirmRetire() {
        var confirm = new ConfirmDialog("Retire " + form.name() + "?",
                "Clients are no longer offered it. Its versions stay, so requests and reports that used them "
                        + "remain true.", "Retire", click -> {
                    UUID id = currentId();
                    attempt(() -> {
                        templates.retire(id);
                        return id;
                    }).ifPresent(retired -> {
                        success("Template retired");
                        show(templates.load(id));
                    });
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void openHistory() {
        new VersionHistoryDialog(templates, currentId(), form.name()).open();
    }

    /** Runs a change; what the service refuses is shown to the author instead of an error page. */
    private <T> Optional<T> attempt(Supplier<T> change) {
        try {
            return Optional.of(change.get());
        } catch (InvalidInputException e) {
            form.showProblems(e.problems());
        } catch (AccessDeniedException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (NotFoundException e) {
            showMissing();
        }
        return Optional.empty();
    }

    private UUID currentId() {
        if (draft == null) {
            throw new IllegalStateException("no template is open");
        }
        return draft.id();
    }

    private static void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
