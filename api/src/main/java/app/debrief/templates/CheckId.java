package app.debrief.templates;

import java.util.EnumSet;
import java.util.Set;

import static app.debrief.templates.TemplateKind.EMAIL;
import static app.debrief.templates.TemplateKind.FOLLOW_UP;
import static app.debrief.templates.TemplateKind.PHONE;
import static app.debrief.templates.TemplateKind.THANKS;

/** The courtesy checks and the kinds each applies to, as in DESIGN.md's table. */
public enum CheckId {
    THANKS_EMPLOYER("Thanks the employer for their time", EnumSet.allOf(TemplateKind.class)),
    NOT_CONTESTING("Says the decision is not being contested", EnumSet.of(EMAIL, PHONE)),
    WANTS_TO_IMPROVE("Says you want to improve", EnumSet.of(EMAIL, FOLLOW_UP, PHONE)),
    PERSONAL("Personal: the interviewer's name or a personal line", EnumSet.of(EMAIL, FOLLOW_UP, THANKS)),
    CONCISE("Concise", EnumSet.allOf(TemplateKind.class)),
    SPECIFIC_QUESTION("Asks a specific, answerable question", EnumSet.of(EMAIL, FOLLOW_UP, PHONE)),
    NO_PRESSURE("No demand for reasons, no arguing, no pressure", EnumSet.allOf(TemplateKind.class));

    private final String title;
    private final Set<TemplateKind> kinds;

    CheckId(String title, Set<TemplateKind> kinds) {
        this.title = title;
        this.kinds = kinds;
    }

    /** The checklist line the editor shows. */
    public String title() {
        return title;
    }

    public boolean appliesTo(TemplateKind kind) {
        return kinds.contains(kind);
    }
}
