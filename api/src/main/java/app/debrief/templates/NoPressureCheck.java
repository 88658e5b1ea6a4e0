package app.debrief.templates;

import java.util.ArrayList;
import java.util.List;

import static app.debrief.templates.CourtesyPhrases.ARGUES;
import static app.debrief.templates.CourtesyPhrases.ARGUES_ALWAYS;
import static app.debrief.templates.CourtesyPhrases.ASKS_TO_RECONSIDER;
import static app.debrief.templates.CourtesyPhrases.COMPLAINS;
import static app.debrief.templates.CourtesyPhrases.DEMANDS_REASONS;
import static app.debrief.templates.CourtesyPhrases.DEMANDS_REASONS_ALWAYS;
import static app.debrief.templates.CourtesyPhrases.PUSHES;

/**
 * Subject and body both count: "Why was I rejected?" as a subject line is the loudest demand of all.
 * A phrase ruled out by a negation ("I'm not asking you to reconsider") is courteous, not pressure.
 */
final class NoPressureCheck implements CourtesyCheck {

    private record Kind(String label, List<CueList> lists) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("demands reasons", List.of(DEMANDS_REASONS, DEMANDS_REASONS_ALWAYS)),
            new Kind("argues with the decision", List.of(ARGUES, ARGUES_ALWAYS)),
            new Kind("asks them to reconsider", List.of(ASKS_TO_RECONSIDER)),
            new Kind("puts pressure on them", List.of(PUSHES)),
            new Kind("complains about them", List.of(COMPLAINS)));

    @Override
    public CheckId id() {
        return CheckId.NO_PRESSURE;
    }

    @Override
    public CheckResult check(AnalysedText text) {
        List<String> labels = new ArrayList<>();
        List<CueMatch> offending = new ArrayList<>();
        List<CueMatch> ruledOut = new ArrayList<>();
        for (Kind kind : KINDS) {
            List<CueMatch> found = text.find(kind.lists());
            List<CueMatch> genuine = found.stream().filter(CueMatch::genuine).toList();
            if (!genuine.isEmpty()) {
                labels.add(kind.label());
                offending.addAll(genuine);
            }
            found.stream().filter(match -> !match.genuine()).forEach(ruledOut::add);
        }
        if (!offending.isEmpty()) {
            return CheckResult.warn(id(), capitalised(String.join(", ", labels)) + ": "
                    + Matches.quoteFirst(offending) + ". Ask for advice for next time instead.",
                    Matches.evidence(offending));
        }
        if (!ruledOut.isEmpty()) {
            return CheckResult.pass(id(), "No pressure: " + Matches.quoteFirst(ruledOut)
                    + " is mentioned only to rule it out.", Matches.evidence(ruledOut));
        }
        return CheckResult.pass(id(), "No demand for reasons, no arguing, no pressure found.", List.of());
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
