package app.debrief.templates;

import java.util.List;

import static app.debrief.templates.CourtesyPhrases.NOT_THANKS;
import static app.debrief.templates.CourtesyPhrases.THANKS;
import static app.debrief.templates.CourtesyPhrases.THANKS_EMPHATIC;
import static app.debrief.templates.CourtesyPhrases.THANKS_IN_ADVANCE;

/** Subject and body both count: a subject line "Thank you" really does thank them. */
final class ThanksCheck implements CourtesyCheck {

    @Override
    public CheckId id() {
        return CheckId.THANKS_EMPLOYER;
    }

    @Override
    public CheckResult check(AnalysedText text) {
        List<CueMatch> notThanks = text.find(NOT_THANKS);
        List<CueMatch> inAdvance = text.find(THANKS_IN_ADVANCE);
        List<CueMatch> cues = text.find(THANKS);
        List<CueMatch> genuine = Matches.concat(text.find(THANKS_EMPHATIC), cues.stream()
                .filter(CueMatch::genuine)
                .filter(cue -> !Matches.overlapsAny(cue, notThanks) && !Matches.overlapsAny(cue, inAdvance))
                .toList());
        if (!genuine.isEmpty()) {
            return CheckResult.pass(id(), "Thanks the employer: " + Matches.quoteFirst(genuine) + ".",
                    Matches.evidence(genuine));
        }
        if (!notThanks.isEmpty()) {
            return CheckResult.warn(id(), Matches.quoteFirst(notThanks)
                    + " declines or mocks rather than thanks. Thank them sincerely for their time.",
                    Matches.evidence(notThanks));
        }
        List<CueMatch> turned = cues.stream().filter(cue -> !cue.genuine()).toList();
        if (!turned.isEmpty()) {
            String why = turned.getFirst().turnedBy() == Guard.CONDITIONAL
                    ? " asks a favour; it does not thank them for the time they already gave."
                    : " is negated, so it does not thank them.";
            return CheckResult.warn(id(), Matches.quoteFirst(turned) + why
                    + " Add a plain thank-you, such as \u201cThank you for your time\u201d.", Matches.evidence(turned));
        }
        if (!inAdvance.isEmpty()) {
            return CheckResult.warn(id(), Matches.quoteFirst(inAdvance)
                    + " thanks them for feedback not yet given. Thank them for the time they already spent.",
                    Matches.evidence(inAdvance));
        }
        return CheckResult.warn(id(),
                "No thanks found. Thank them for their time, such as \u201cThank you for taking the time to meet me\u201d.",
                List.of());
    }
}
