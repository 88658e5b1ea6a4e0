package app.debrief.templates.ui;

import java.util.List;

import app.debrief.templates.CheckResult;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** Warnings never block publishing, but someone must say they read them; the version records who. */
final class PublishConfirmation extends ConfirmDialog {

    PublishConfirmation(List<CheckResult> warnings, Runnable publishAnyway) {
        setHeader("Publish with " + TemplateLabels.plural(warnings.size(), "warning") + "?");
        var list = new UnorderedList();
        warnings.forEach(warning -> list.add(new ListItem(warning.id().title() + ": " + warning.explanation())));
        setText(new Div(new Paragraph("The courtesy checks found:"), list,
                new Paragraph("Clients get this version as it is. The version records that you confirmed these "
                        + "warnings.")));
        setCancelable(true);
        setCancelText("Keep editing");
        setConfirmText("Publish anyway");
        addConfirmListener(confirmed -> publishAnyway.run());
    }
}
