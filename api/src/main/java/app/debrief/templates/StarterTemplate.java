package app.debrief.templates;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A template of the starter library, with its source and its parsed body.
 *
 * @param subject the subject source (it may hold placeholders); null for phone scripts
 * @param body the body source as an author would edit it
 * @param segments the parsed body
 */
public record StarterTemplate(String name, TemplateKind kind, @Nullable String subject, String body,
                              List<Segment> segments, String description) {

    public StarterTemplate {
        segments = List.copyOf(segments);
    }
}
