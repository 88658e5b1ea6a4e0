package app.debrief.templates;

import java.util.List;

/** What the libraries view narrows down to: words in a name or text, kinds, statuses (empty = all). */
public record TemplateFilter(String search, List<TemplateKind> kinds, List<TemplateStatus> statuses) {

    public static final TemplateFilter NONE = new TemplateFilter("", List.of(), List.of());

    public TemplateFilter {
        kinds = List.copyOf(kinds);
        statuses = List.copyOf(statuses);
    }

    public boolean isEmpty() {
        return search.isBlank() && kinds.isEmpty() && statuses.isEmpty();
    }
}
