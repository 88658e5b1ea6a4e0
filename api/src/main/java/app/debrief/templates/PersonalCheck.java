package app.debrief.templates;

import java.util.List;
import java.util.stream.Stream;

import static app.debrief.templates.CourtesyPhrases.PERSONAL_LINE;

/** Hiring managers are people: a name or one line about the conversation makes the request theirs. */
final class PersonalCheck implements CourtesyCheck {

    private static final List<Placeholder> PERSONAL_PLACEHOLDERS =
            List.of(Placeholder.INTERVIEWER_NAME, Placeholder.PERSONAL_NOTE);

    @Override
    public CheckId id() {
        return CheckId.PERSONAL;
    }

    @Override
    public CheckResult check(AnalysedText text) {
        List<String> placeholders = PERSONAL_PLACEHOLDERS.stream()
                .filter(text::uses)
                .map(placeholder -> "{{" + placeholder.key() + "}}")
                .toList();
        List<CueMatch> lines = text.findInBody(PERSONAL_LINE).stream().filter(CueMatch::genuine).toList();
        List<String> evidence = Stream.concat(placeholders.stream(), Matches.evidence(lines).stream()).toList();
        if (!placeholders.isEmpty()) {
            return CheckResult.pass(id(), "Personal: uses " + String.join(" and ", placeholders) + ".", evidence);
        }
        if (!lines.isEmpty()) {
            return CheckResult.pass(id(), "Personal: " + Matches.quoteFirst(lines) + ".", evidence);
        }
        return CheckResult.warn(id(), "Nothing personal found. Use {{interviewer_name}} or {{personal_note}},"
                + " or add a line about something you enjoyed in the conversation.", List.of());
    }
}
