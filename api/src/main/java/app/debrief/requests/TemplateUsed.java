package app.debrief.requests;

/** The exact template version a request was drafted from. */
public record TemplateUsed(String templateName, int version) {
}
