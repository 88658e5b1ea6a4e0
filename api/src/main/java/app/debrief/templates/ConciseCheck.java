package app.debrief.templates;

import java.util.List;

/**
 * Counts the words the recipient reads: the body rendered with {@link SampleValues}, subject left out.
 * Phone scripts count spoken words only, so [stage directions] in square brackets are skipped.
 */
final class ConciseCheck implements CourtesyCheck {


    @Override
    public CheckId id() {
        return CheckId.CONCISE;
    }

    @Override
    public CheckResult check(AnalysedText text) {
        String rendered = TemplateRenderer.render(text.body(), SampleValues.VALUES).text();
        if (text.kind() == TemplateKind.PHONE) {
            rendered = AnalysedText.withoutStageDirections(rendered);
        }
        int words = countWords(rendered);
        int limit = text.kind().wordLimit();
        String counted = words + (text.kind() == TemplateKind.PHONE ? " spoken words" : " words");
        String allowed = limit + " allowed for " + text.kind().plural();
        List<String> evidence = List.of(counted);
        if (words <= limit) {
            return CheckResult.pass(id(), counted + ", within the " + allowed + ".", evidence);
        }
        return CheckResult.warn(id(), counted + ", over the " + allowed + ": cut about " + (words - limit) + ".",
                evidence);
    }

    /** A word is a run of non-space characters with at least one letter or digit, so a lone dash is not. */
    static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        boolean counted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                inWord = false;
            } else {
                if (!inWord) {
                    counted = false;
                }
                inWord = true;
                if (!counted && Character.isLetterOrDigit(c)) {
                    words++;
                    counted = true;
                }
            }
        }
        return words;
    }
}
