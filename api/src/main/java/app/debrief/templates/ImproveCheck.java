package app.debrief.templates;

import java.util.List;

import static app.debrief.templates.CourtesyPhrases.FIRST_PERSON;
import static app.debrief.templates.CourtesyPhrases.IMPROVE;
import static app.debrief.templates.CourtesyPhrases.IMPROVE_NOT_ME;

/** The wish to improve must be the candidate's: "your process could improve" is criticism, not growth. */
final class ImproveCheck implements CourtesyCheck {

    @Override
    public CheckId id() {
        return CheckId.WANTS_TO_IMPROVE;
    }

    @Override
    public CheckResult check(AnalysedText text) {
        List<CueMatch> cues = text.findInBody(IMPROVE);
        List<CueMatch> notMe = text.findInBody(IMPROVE_NOT_ME);
        List<CueMatch> aboutOthers = cues.stream().filter(cue -> Matches.overlapsAny(cue, notMe)).toList();
        List<CueMatch> genuine = cues.stream()
                .filter(CueMatch::genuine)
                .filter(cue -> !Matches.overlapsAny(cue, notMe))
                .filter(cue -> FIRST_PERSON.matches(cue.sentence()))
                .toList();
        if (!genuine.isEmpty()) {
            return CheckResult.pass(id(), "Says you want to improve: " + Matches.quoteFirst(genuine) + ".",
                    Matches.evidence(genuine));
        }
        List<CueMatch> negated = cues.stream().filter(cue -> !cue.genuine()).toList();
        if (!negated.isEmpty()) {
            return CheckResult.warn(id(), "The negation before " + Matches.quoteFirst(negated)
                    + " says you do not want to improve.", Matches.evidence(negated));
        }
        if (!aboutOthers.isEmpty()) {
            return CheckResult.warn(id(), Matches.quoteFirst(notMe)
                    + " is not about your own growth. Say what you want to learn or improve.",
                    Matches.evidence(notMe));
        }
        return CheckResult.warn(id(), "Nothing says you want to improve. Add a line such as"
                + " \u201cI'd like to learn from this and grow\u201d.", List.of());
    }
}
