package app.debrief.templates;

/** A template is written (draft), offered to clients (published), or withdrawn from them (retired). */
public enum TemplateStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
