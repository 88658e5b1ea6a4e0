package app.debrief.templates;

import java.util.List;

/** One result per {@link CheckId}, in the enum's order; checks that do not apply say NOT_APPLICABLE. */
public record CourtesyReport(TemplateKind kind, List<CheckResult> results) {

    public CourtesyReport {
        results = List.copyOf(results);
    }

    public CheckResult result(CheckId id) {
        return results.stream()
                .filter(result -> result.id() == id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no result for " + id));
    }

    public List<CheckResult> warnings() {
        return results.stream().filter(result -> result.outcome() == Outcome.WARN).toList();
    }

    public boolean hasWarnings() {
        return !warnings().isEmpty();
    }
}
