package app.debrief.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The only rendering on the server (previews, checks); the extension mirrors it by joining segments. */
public final class TemplateRenderer {

    private TemplateRenderer() {
    }

    /**
     * @param values placeholder key to value; a blank value counts as missing, so a fallback applies
     *     (a form field left empty must not produce "Dear ,")
     */
    public static Rendering render(List<Segment> segments, Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        List<String> missing = new ArrayList<>();
        for (Segment segment : segments) {
            switch (segment) {
                case Segment.Text literal -> text.append(literal.text());
                case Segment.Variable variable -> {
                    String value = values.get(variable.name());
                    if (isBlank(value)) {
                        if (!missing.contains(variable.name())) {
                            missing.add(variable.name());
                        }
                        text.append("{{").append(variable.name()).append("}}");
                    } else {
                        text.append(value.strip());
                    }
                }
                case Segment.Fallback fallback -> {
                    String value = values.get(fallback.name());
                    text.append(isBlank(value) ? fallback.fallback() : value.strip());
                }
            }
        }
        return new Rendering(text.toString(), missing);
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
