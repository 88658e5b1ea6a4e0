package app.debrief.clients.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Roles;
import app.debrief.base.InvalidInputException;
import app.debrief.clients.ClientImportService;
import app.debrief.clients.ImportChoice;
import app.debrief.clients.ImportConflictException;
import app.debrief.clients.ImportPreview;
import app.debrief.clients.ImportRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Adding clients from a CSV file: upload, a preview of every row with what is wrong with each, then
 * one import of all the rows, or explicitly of the good ones, with a progress bar.
 */
@Route("clients/import")
@PageTitle("Import clients · Debrief")
@RolesAllowed(Roles.COACH)
public class ClientImportView extends VerticalLayout {

    private static final int POLL_MS = 300;

    private final SecurityContextHolderStrategy securityContexts;
    private final ClientImportService imports;
    private final boolean owner;
    private final Upload upload;
    private final Div fileProblems = new Div();
    private final Paragraph summary = new Paragraph();
    private final Checkbox onlyProblems = new Checkbox("Show only the rows with problems");
    private final Grid<ImportRow> rows = new Grid<>();
    private final Button importButton = new Button();
    private final Button startOver = new Button("Choose another file", click -> reset());
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final HorizontalLayout progressRow = new HorizontalLayout(progress, progressText);
    private byte @Nullable [] file;
    private @Nullable ImportPreview preview;

    public ClientImportView(ClientImportService imports, AuthenticationContext authentication,
            ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.imports = imports;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.owner = authentication.getAuthenticatedUser(CoachPrincipal.class).orElseThrow().isOwner();
        setPadding(true);
        setSizeFull();

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> preview(bytes)));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ClientImportService.MAX_BYTES);
        upload.setUploadButton(new Button("Choose a CSV file\u2026", VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span("or drop it here"));
        upload.addFileRejectedListener(rejected -> showFileProblems(List.of(
                rejected.getErrorMessage().toLowerCase(Locale.ROOT).contains("big")
                        ? "The file is larger than 1 MB: split it into smaller files."
                        : "Choose a .csv file: " + rejected.getErrorMessage())));

        fileProblems.addClassName("debrief-import-problems");
        fileProblems.setVisible(false);
        summary.addClassName("debrief-import-summary");
        onlyProblems.addValueChangeListener(change -> showRows());
        configureGrid();

        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(click -> startImport());
        progress.setWidth("16rem");
        progressRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        progressRow.setVisible(false);
        var actions = new HorizontalLayout(importButton, startOver, progressRow);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        add(new RouterLink("\u2190 Clients", ClientsView.class), new H1("Import clients from CSV"), explanation(),
                upload, fileProblems, summary, onlyProblems, actions);
        addAndExpand(rows);
        reset();
    }

    private Paragraph explanation() {
        var text = new Paragraph("Upload a CSV file saved as UTF-8, of at most 1 MB and 5,000 clients. Its first row "
                + "names the columns name, email and target_field, in any order"
                + (owner ? ", and coach_email to give a client to a coach by their sign-in email (you, when empty)"
                        : "")
                + ". You see every row before anything is imported; rows are numbered as in a spreadsheet, the header "
                + "being row 1.");
        text.addClassName("debrief-muted");
        text.setMaxWidth("52rem");
        return text;
    }

    private void configureGrid() {
        rows.addColumn(ImportRow::row).setHeader("Row").setWidth("5rem").setFlexGrow(0);
        rows.addColumn(ImportRow::name).setHeader("Name").setFlexGrow(2);
        rows.addColumn(row -> text(row.email())).setHeader("Email").setFlexGrow(3);
        rows.addColumn(row -> text(row.targetField())).setHeader("Target field");
        if (owner) {
            rows.addColumn(row -> row.coachEmail() == null ? "You" : row.coachEmail()).setHeader("Coach");
        }
        rows.addComponentColumn(ClientImportView::outcome).setHeader("Check").setKey("check").setFlexGrow(3);
        rows.setPartNameGenerator(row -> row.isGood() ? null : "debrief-bad-row");
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.setEmptyStateText("No row to show.");
    }

    private static Component outcome(ImportRow row) {
        if (row.isGood()) {
            var ok = new Span("Ready");
            ok.getElement().getThemeList().add("badge success");
            return ok;
        }
        var problem = new Span(String.join(" ", row.problems()));
        problem.addClassName("debrief-row-problem");
        return problem;
    }

    private void preview(byte[] bytes) {
        upload.clearFileList();
        file = bytes;
        preview = imports.preview(bytes);
        if (!preview.isReadable()) {
            showFileProblems(preview.fileProblems());
            return;
        }
        fileProblems.setVisible(false);
        long good = preview.goodRows();
        long bad = preview.badRows();
        summary.setText(count(preview.rows().size(), "row") + " read: " + good + " ready to import"
                + (bad == 0 ? "." : ", " + bad + " with " + (bad == 1 ? "a problem" : "problems") + badRowsNamed()
                + ". Fix the file and choose it again, or import only the good rows."));
        summary.setVisible(true);
        onlyProblems.setVisible(bad > 0);
        onlyProblems.setValue(false);
        importButton.setText(bad == 0 ? "Import " + count(good, "client") : "Import the " + count(good, "good row"));
        importButton.setVisible(good > 0);
        importButton.setEnabled(true);
        startOver.setVisible(true);
        upload.setVisible(false);
        showRows();
    }

    private String badRowsNamed() {
        if (preview == null) {
            return "";
        }
        List<Integer> bad = preview.rows().stream().filter(row -> !row.isGood()).map(ImportRow::row).toList();
        if (bad.size() > 5) {
            return "";
        }
        return " (row" + (bad.size() == 1 ? " " : "s ") + bad.stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + ")";
    }

    private void showRows() {
        if (preview == null) {
            rows.setItems(List.of());
            return;
        }
        rows.setItems(onlyProblems.getValue() ? preview.rows().stream().filter(row -> !row.isGood()).toList()
                : preview.rows());
        rows.setVisible(true);
    }

    private void showFileProblems(List<String> problems) {
        reset();
        fileProblems.removeAll();
        var heading = new Paragraph("This file cannot be imported:");
        heading.addClassName("debrief-import-problems-title");
        fileProblems.add(heading);
        problems.forEach(problem -> fileProblems.add(new Paragraph(problem)));
        fileProblems.setVisible(true);
    }

    private void reset() {
        file = null;
        preview = null;
        upload.clearFileList();
        upload.setVisible(true);
        fileProblems.setVisible(false);
        summary.setVisible(false);
        onlyProblems.setVisible(false);
        importButton.setVisible(false);
        startOver.setVisible(false);
        progressRow.setVisible(false);
        rows.setItems(List.of());
        rows.setVisible(false);
    }

    /**
     * Runs the import off the request thread, so the progress bar moves (the page polls while it runs);
     * the import itself is one transaction in the service.
     */
    private void startImport() {
        byte[] bytes = file;
        ImportPreview shown = preview;
        UI ui = UI.getCurrent();
        if (bytes == null || shown == null || ui == null) {
            return;
        }
        ImportChoice choice = shown.badRows() == 0 ? ImportChoice.ALL_ROWS : ImportChoice.GOOD_ROWS;
        importButton.setEnabled(false);
        startOver.setEnabled(false);
        progress.setValue(0);
        progressText.setText("Importing\u2026");
        progressRow.setVisible(true);
        ui.setPollInterval(POLL_MS);
        // the import runs as the signed-in coach, through the application's own security context strategy
        var asCoach = new DelegatingSecurityContextRunnable(() -> {
            try {
                int imported = imports.importClients(bytes, choice, (written, total) -> ui.access(() -> {
                    progress.setValue((double) written / total);
                    progressText.setText("Importing\u2026 " + written + " of " + total);
                }));
                ui.access(() -> finished(ui, imported));
            } catch (InvalidInputException e) {
                ui.access(() -> failed(ui, e));
            } catch (RuntimeException e) {
                ui.access(() -> failed(ui, new InvalidInputException(
                        "The import failed, and nothing was imported. Try again in a moment.")));
            }
        }, securityContexts.getContext());
        asCoach.setSecurityContextHolderStrategy(securityContexts);
        Thread.ofVirtual().name("client-import").start(asCoach);
    }

    private void finished(UI ui, int imported) {
        ui.setPollInterval(-1);
        Notification.show("Imported " + count(imported, "client") + ".", 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        ui.navigate(ClientsView.class);
    }

    private void failed(UI ui, InvalidInputException e) {
        ui.setPollInterval(-1);
        progressRow.setVisible(false);
        startOver.setEnabled(true);
        var notification = Notification.show(e.getMessage(), 10000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        if (e instanceof ImportConflictException && file != null) {
            preview(file);
        } else {
            importButton.setEnabled(true);
        }
    }

    private static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
