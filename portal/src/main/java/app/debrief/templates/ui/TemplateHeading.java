package app.debrief.templates.ui;

import app.debrief.templates.TemplateDraft;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/** Where a template sits (library), what it is called, and its state: kind, status, current version. */
final class TemplateHeading extends Div {

    TemplateHeading(TemplateDraft template) {
        var breadcrumb = new Div(new RouterLink("Templates", LibrariesView.class),
                new Span(" / " + template.libraryName()));
        breadcrumb.addClassNames("debrief-muted", "debrief-small");
        var facts = new Div(TemplateLabels.statusBadge(template.status()),
                new Span(TemplateLabels.kind(template.kind()) + " · "
                        + TemplateLabels.version(template.currentVersion())));
        facts.addClassName("debrief-template-facts");
        add(breadcrumb, new H1(template.name()), facts);
    }
}
