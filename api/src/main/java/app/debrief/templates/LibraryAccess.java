package app.debrief.templates;

import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.CurrentCoach;
import app.debrief.base.NotFoundException;
import app.debrief.templates.TemplateRepository.LibraryRow;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who may change a library: its author and the practice owner. Everyone in the practice may read it. */
@Component
class LibraryAccess {

    private final TemplateRepository templates;
    private final CurrentCoach currentCoach;

    LibraryAccess(TemplateRepository templates, CurrentCoach currentCoach) {
        this.templates = templates;
        this.currentCoach = currentCoach;
    }

    CoachPrincipal coach() {
        return currentCoach.require();
    }

    LibraryRow readable(UUID libraryId) {
        return templates.library(coach().practiceId(), libraryId)
                .orElseThrow(() -> new NotFoundException("The library"));
    }

    LibraryRow editable(UUID libraryId) {
        LibraryRow library = readable(libraryId);
        requireEditor(library.authorId());
        return library;
    }

    boolean mayEdit(UUID authorId) {
        CoachPrincipal coach = coach();
        return coach.isOwner() || coach.coachId().equals(authorId);
    }

    void requireEditor(UUID authorId) {
        if (!mayEdit(authorId)) {
            throw new AccessDeniedException("Only the library's author and the practice owner may change it.");
        }
    }
}
