package app.debrief.templates;

/**
 * The one parser of the template language (the extension receives segments, never source).
 *
 * <p>Grammar, decided here: {@code {{} and {@code }}} are always delimiters and there is no escape
 * (courteous emails have no use for doubled braces), while a single { or } is plain text. A placeholder
 * sits on one line, so a forgotten {@code }}} is reported on its own line instead of swallowing the rest
 * of the body. Spaces around the name and the fallback are ignored. An empty fallback ({@code {{role|}}})
 * is an error: it would silently render nothing, which is what a plain {@code {{role}}} reports as
 * missing instead.
 */
public final class TemplateParser {

    private TemplateParser() {
    }

    public static ParseResult parse(String source) {
        return new PlaceholderScanner(source).scan();
    }
}
