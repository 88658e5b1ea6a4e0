package app.debrief.templates;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.debrief.templates.AssignmentRepository.PublishedVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The templates a client's extension offers: the current published version of each template in the
 * client's libraries. Versions never change, so their parsed segments are kept in memory by id;
 * names, library and follow-up mark are the template's current ones (they change without a new version).
 */
@Service
@Transactional(readOnly = true)
public class ClientTemplates {

    private static final int CACHED_VERSIONS = 10_000;

    private final AssignmentRepository assignments;
    private final Map<UUID, ParsedVersion> parsed = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<UUID, ParsedVersion> eldest) {
                    return size() > CACHED_VERSIONS;
                }
            });

    ClientTemplates(AssignmentRepository assignments) {
        this.assignments = assignments;
    }

    /** The caller has already established, from its token or its guard, which client and practice this is. */
    public List<ClientTemplate> forClient(UUID practiceId, UUID clientId) {
        return parsed(assignments.publishedFor(practiceId, clientId));
    }

    /** What a client of the practice with exactly these libraries gets. */
    List<ClientTemplate> forLibraries(UUID practiceId, Collection<UUID> libraryIds) {
        return parsed(assignments.publishedIn(practiceId, libraryIds));
    }

    private record ParsedVersion(List<Segment> subject, List<Segment> body) {
    }

    private List<ClientTemplate> parsed(List<PublishedVersion> versions) {
        return versions.stream().map(version -> {
            ParsedVersion text = parsed.computeIfAbsent(version.versionId(), id -> new ParsedVersion(
                    version.subject() == null ? List.of() : segments(version.subject()), segments(version.body())));
            return new ClientTemplate(version.versionId(), version.templateId(), version.name(), version.kind(),
                    version.libraryName(), version.subject(), text.subject(), text.body(), version.practiceFollowUp());
        }).toList();
    }

    /** Published versions always parse: publishing refuses anything else. */
    private static List<Segment> segments(String source) {
        return switch (TemplateParser.parse(source)) {
            case ParseResult.Parsed parsed -> parsed.segments();
            case ParseResult.Failed failed -> throw new IllegalStateException(
                    "a published version does not parse: " + failed.errors());
        };
    }
}
