package app.debrief.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The templates every practice starts with, read from {@code templates/starter-library.json}. */
public final class StarterLibrary {

    static final String RESOURCE = "/templates/starter-library.json";

    /** The JSON shape; kept apart from {@link StarterTemplate} so the file never holds parsed segments. */
    record Entry(String name, TemplateKind kind, @Nullable String subject, String body, String description) {
    }

    private StarterLibrary() {
    }

    /**
     * @throws IllegalStateException if the bundled file is missing or a body does not parse; a test
     *     guards both, so this means a broken build rather than bad input
     */
    public static List<StarterTemplate> load() {
        try (InputStream json = StarterLibrary.class.getResourceAsStream(RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            List<Entry> entries = JsonMapper.builder().build().readValue(json, new TypeReference<List<Entry>>() { });
            return entries.stream().map(StarterLibrary::parsed).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StarterTemplate parsed(Entry entry) {
        return switch (TemplateParser.parse(entry.body())) {
            case ParseResult.Parsed parsed -> new StarterTemplate(entry.name(), entry.kind(), entry.subject(),
                    entry.body(), parsed.segments(), entry.description());
            case ParseResult.Failed failed -> throw new IllegalStateException(
                    "starter template \"" + entry.name() + "\" does not parse: " + failed.errors());
        };
    }
}
