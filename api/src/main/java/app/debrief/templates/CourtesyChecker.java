package app.debrief.templates;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Runs the courtesy checklist of DESIGN.md on a template. Warnings never block; they explain themselves
 * in English and quote the author's words. Stateless and thread-safe.
 */
public final class CourtesyChecker {

    private static final List<CourtesyCheck> CHECKS = List.of(
            new ThanksCheck(), new NotContestingCheck(), new ImproveCheck(), new PersonalCheck(),
            new ConciseCheck(), new QuestionCheck(), new NoPressureCheck());

    private CourtesyChecker() {
    }

    /**
     * @param subject the email subject, or null (phone scripts have none); it counts for thanks and pressure
     * @param body the parsed body; placeholders are read as names, never as sample values
     */
    public static CourtesyReport check(TemplateKind kind, @Nullable String subject, List<Segment> body) {
        AnalysedText text = AnalysedText.of(kind, subject, body);
        List<CheckResult> results = CHECKS.stream()
                .map(check -> check.id().appliesTo(kind) ? check.check(text) : notApplicable(check.id(), kind))
                .toList();
        return new CourtesyReport(kind, results);
    }

    private static CheckResult notApplicable(CheckId id, TemplateKind kind) {
        return new CheckResult(id, Outcome.NOT_APPLICABLE, "Not checked for " + kind.plural() + ".", List.of());
    }
}
