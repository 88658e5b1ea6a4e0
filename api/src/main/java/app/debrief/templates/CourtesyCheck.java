package app.debrief.templates;

/** One row of the checklist; only asked for kinds its {@link CheckId} applies to. */
interface CourtesyCheck {

    CheckId id();

    CheckResult check(AnalysedText text);
}
