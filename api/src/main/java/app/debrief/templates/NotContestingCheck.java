package app.debrief.templates;

import java.util.List;

import static app.debrief.templates.CourtesyPhrases.CONTESTS;
import static app.debrief.templates.CourtesyPhrases.NOT_CONTESTING_AFFIRMED;
import static app.debrief.templates.CourtesyPhrases.NOT_CONTESTING_EXPLICIT;

/** Accepting the decision in one line and arguing with it in the next is still arguing. */
final class NotContestingCheck implements CourtesyCheck {

    @Override
    public CheckId id() {
        return CheckId.NOT_CONTESTING;
    }

    @Override
    public CheckResult check(AnalysedText text) {
        List<CueMatch> contests = text.findInBody(CONTESTS).stream().filter(CueMatch::genuine).toList();
        if (!contests.isEmpty()) {
            return CheckResult.warn(id(), Matches.quoteFirst(contests)
                    + " argues with the decision. Say you accept it, and leave the decision alone.",
                    Matches.evidence(contests));
        }
        List<CueMatch> affirmed = text.findInBody(NOT_CONTESTING_AFFIRMED);
        List<CueMatch> accepting = Matches.concat(text.findInBody(NOT_CONTESTING_EXPLICIT),
                affirmed.stream().filter(CueMatch::genuine).toList());
        if (!accepting.isEmpty()) {
            return CheckResult.pass(id(), "Says the decision stands: " + Matches.quoteFirst(accepting) + ".",
                    Matches.evidence(accepting));
        }
        List<CueMatch> negated = affirmed.stream().filter(cue -> !cue.genuine()).toList();
        if (!negated.isEmpty()) {
            return CheckResult.warn(id(), "The negation before " + Matches.quoteFirst(negated)
                    + " says the opposite of accepting the decision.", Matches.evidence(negated));
        }
        return CheckResult.warn(id(), "Nothing says you accept the decision. Add a line such as"
                + " \u201cI respect your decision and I'm not asking you to change it\u201d.", List.of());
    }
}
