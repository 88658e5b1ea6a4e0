package app.debrief.templates;

import java.util.List;

/**
 * @param explanation one English sentence or two, shown beside the checklist item
 * @param evidence the author's own words that decided the outcome (may be empty, e.g. nothing found)
 */
public record CheckResult(CheckId id, Outcome outcome, String explanation, List<String> evidence) {

    public CheckResult {
        evidence = List.copyOf(evidence);
    }

    static CheckResult pass(CheckId id, String explanation, List<String> evidence) {
        return new CheckResult(id, Outcome.PASS, explanation, evidence);
    }

    static CheckResult warn(CheckId id, String explanation, List<String> evidence) {
        return new CheckResult(id, Outcome.WARN, explanation, evidence);
    }
}
