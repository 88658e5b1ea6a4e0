package app.debrief.templates;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything the editor shows about a text while it is being written: placeholder errors (for the
 * subject and the body) and, when both parse, the courtesy checks. Pure: no database.
 */
public record TemplateReview(List<ParseError> subjectErrors, List<ParseError> bodyErrors,
        @Nullable CourtesyReport courtesy) {

    public static TemplateReview of(TemplateKind kind, @Nullable String subject, String body) {
        String spokenSubject = kind == TemplateKind.PHONE ? null : subject;
        ParseResult subjectResult = TemplateParser.parse(spokenSubject == null ? "" : spokenSubject);
        ParseResult bodyResult = TemplateParser.parse(body);
        List<ParseError> subjectErrors = errors(subjectResult);
        List<ParseError> bodyErrors = errors(bodyResult);
        CourtesyReport courtesy = bodyResult instanceof ParseResult.Parsed parsed && subjectErrors.isEmpty()
                ? CourtesyChecker.check(kind, spokenSubject, parsed.segments())
                : null;
        return new TemplateReview(subjectErrors, bodyErrors, courtesy);
    }

    public boolean blocksPublishing() {
        return !subjectErrors.isEmpty() || !bodyErrors.isEmpty();
    }

    public List<CheckResult> warnings() {
        return courtesy == null ? List.of() : courtesy.warnings();
    }

    private static List<ParseError> errors(ParseResult result) {
        return result instanceof ParseResult.Failed failed ? failed.errors() : List.of();
    }
}
