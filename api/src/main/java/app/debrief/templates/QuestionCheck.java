package app.debrief.templates;

import java.util.ArrayList;
import java.util.List;

import static app.debrief.templates.CourtesyPhrases.POLITE_REQUEST;
import static app.debrief.templates.CourtesyPhrases.PRESSURE;
import static app.debrief.templates.CourtesyPhrases.SPECIFIC;

/**
 * A busy interviewer answers "what is one thing I could strengthen?" in two lines and leaves "any
 * thoughts?" for later, which is never. A request is a sentence ending in "?" or a polite request
 * ("could you share", "I'd be grateful if"); it is specific when it names one thing, a part of the
 * process or a skill. A demand dressed as a question ("why was I rejected?") does not count.
 */
final class QuestionCheck implements CourtesyCheck {

    @Override
    public CheckId id() {
        return CheckId.SPECIFIC_QUESTION;
    }

    @Override
    public CheckResult check(AnalysedText text) {
        List<Sentence> specific = new ArrayList<>();
        List<Sentence> vague = new ArrayList<>();
        List<Sentence> pressing = new ArrayList<>();
        for (Sentence sentence : text.bodySentences()) {
            if (!sentence.isQuestion() && !POLITE_REQUEST.matches(sentence)) {
                continue;
            }
            if (presses(text, sentence)) {
                pressing.add(sentence);
            } else if (SPECIFIC.matches(sentence)) {
                specific.add(sentence);
            } else {
                vague.add(sentence);
            }
        }
        if (!specific.isEmpty()) {
            return CheckResult.pass(id(), "Asks something they can answer in a few lines: "
                    + Evidence.quote(Evidence.of(specific.getFirst())), evidence(specific));
        }
        if (!vague.isEmpty()) {
            return CheckResult.warn(id(), Evidence.quote(Evidence.of(vague.getFirst()))
                    + " is too general to answer quickly. Ask about one thing, such as"
                    + " \u201cWhat is one area I could strengthen?\u201d", evidence(vague));
        }
        if (!pressing.isEmpty()) {
            return CheckResult.warn(id(), Evidence.quote(Evidence.of(pressing.getFirst()))
                    + " demands rather than asks. Ask what you could do better instead.", evidence(pressing));
        }
        return CheckResult.warn(id(), "No question or request found. Ask one specific thing, such as"
                + " \u201cCould you share one or two areas I could improve?\u201d", List.of());
    }

    private static boolean presses(AnalysedText text, Sentence sentence) {
        return text.find(PRESSURE).stream().anyMatch(match -> match.sentence() == sentence && match.genuine());
    }

    private static List<String> evidence(List<Sentence> sentences) {
        return sentences.stream().map(Evidence::of).distinct().limit(3).toList();
    }
}
