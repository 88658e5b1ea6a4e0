package app.debrief.templates;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.base.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Template libraries: practice-wide, used by every coach, changed by their author and the owner. */
@Service
@PreAuthorize("hasRole('COACH')")
@Transactional
public class TemplateLibraryService {

    private final TemplateRepository templates;
    private final AssignmentRepository assignments;
    private final LibraryAccess access;
    private final Clock clock;

    TemplateLibraryService(TemplateRepository templates, AssignmentRepository assignments, LibraryAccess access,
            Clock clock) {
        this.templates = templates;
        this.assignments = assignments;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<LibraryView> libraries(TemplateFilter filter) {
        CoachPrincipal coach = access.coach();
        return templates.libraries(coach.practiceId(), coach.coachId(), coach.isOwner(),
                TemplateRepository.filter(filter.search(), filter.kinds(), filter.statuses()), !filter.isEmpty());
    }

    public UUID create(String name, @Nullable String description) {
        CoachPrincipal coach = access.coach();
        String cleanName = validName(coach.practiceId(), name, null);
        UUID id = UUID.randomUUID();
        templates.insertLibrary(coach.practiceId(), id, cleanName, cleanDescription(description), coach.coachId(),
                false, clock.instant());
        return id;
    }

    public void update(UUID libraryId, String name, @Nullable String description) {
        var library = access.editable(libraryId);
        String cleanName = validName(access.coach().practiceId(), name, library.id());
        templates.updateLibrary(access.coach().practiceId(), library.id(), cleanName, cleanDescription(description));
    }

    /** Only while nothing can use it: drafts go with it; published templates or assigned clients keep it. */
    public void delete(UUID libraryId) {
        var library = access.editable(libraryId);
        UUID practiceId = access.coach().practiceId();
        if (templates.libraryHasVersions(practiceId, library.id()) || assignments.libraryAssigned(practiceId, library.id())) {
            throw new LibraryInUseException(library.name());
        }
        templates.deleteLibrary(practiceId, library.id());
    }

    private String validName(UUID practiceId, String name, @Nullable UUID except) {
        var problems = new ArrayList<String>();
        String clean = name.strip();
        if (clean.isEmpty()) {
            problems.add("A library needs a name.");
        } else if (clean.length() > 120) {
            problems.add("A library name has at most 120 characters.");
        } else if (templates.libraryNameTaken(practiceId, clean, except)) {
            problems.add("The practice already has a library called \"" + clean + "\".");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return clean;
    }

    private static @Nullable String cleanDescription(@Nullable String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        if (description.strip().length() > 1000) {
            throw new InvalidInputException("A description has at most 1000 characters.");
        }
        return description.strip();
    }
}
