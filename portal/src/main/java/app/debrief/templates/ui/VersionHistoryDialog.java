package app.debrief.templates.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import app.debrief.templates.CheckId;
import app.debrief.templates.TemplateService;
import app.debrief.templates.TemplateVersionView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

/** Every published version (who, when, which warnings someone confirmed) and the difference between two. */
final class VersionHistoryDialog extends Dialog {

    private final TemplateService templates;
    private final UUID templateId;
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final LineDiffView diff = new LineDiffView();

    VersionHistoryDialog(TemplateService templates, UUID templateId, String templateName) {
        this.templates = templates;
        this.templateId = templateId;
        setHeaderTitle("Versions of " + templateName);
        setWidth("min(60rem, 95vw)");
        getFooter().add(new Button("Close", click -> close()));

        List<TemplateVersionView> versions = templates.history(templateId).stream()
                .sorted(Comparator.comparingInt(TemplateVersionView::version).reversed())
                .toList();
        if (versions.isEmpty()) {
            add(new Paragraph("Nothing is published yet: each time you publish, a version is kept here."));
            return;
        }
        add(versionGrid(versions));
        if (versions.size() < 2) {
            add(new Paragraph("Publish another version to compare it with this one."));
            return;
        }
        add(new H3("Compare versions"), comparison(versions), diff);
        showDiff();
    }

    private static Grid<TemplateVersionView> versionGrid(List<TemplateVersionView> versions) {
        var grid = new Grid<TemplateVersionView>();
        grid.addColumn(version -> "v" + version.version()).setHeader("Version").setWidth("6rem").setFlexGrow(0);
        grid.addColumn(TemplateVersionView::authorName).setHeader("Published by");
        grid.addColumn(version -> TemplateLabels.when(version.createdAt())).setHeader("When");
        grid.addColumn(VersionHistoryDialog::warnings).setHeader("Courtesy warnings").setFlexGrow(2)
                .setTooltipGenerator(version -> String.join("\n",
                        version.warnings().stream().map(CheckId::title).toList()));
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        return grid;
    }

    private static String warnings(TemplateVersionView version) {
        if (version.warnings().isEmpty()) {
            return "None";
        }
        String count = TemplateLabels.plural(version.warnings().size(), "warning");
        return version.warningsConfirmedBy() == null ? count : count + ", confirmed by "
                + version.warningsConfirmedBy();
    }

    private HorizontalLayout comparison(List<TemplateVersionView> newestFirst) {
        List<Integer> numbers = newestFirst.stream().map(TemplateVersionView::version).toList();
        from.setLabel("From");
        from.setItems(numbers);
        from.setItemLabelGenerator(number -> "Version " + number);
        from.setValue(numbers.get(1));
        to.setLabel("To");
        to.setItems(numbers);
        to.setItemLabelGenerator(number -> "Version " + number);
        to.setValue(numbers.get(0));
        from.addValueChangeListener(change -> showDiff());
        to.addValueChangeListener(change -> showDiff());
        return new HorizontalLayout(from, to);
    }

    private void showDiff() {
        diff.show(templates.diff(templateId, Objects.requireNonNull(from.getValue()),
                Objects.requireNonNull(to.getValue())));
    }
}
