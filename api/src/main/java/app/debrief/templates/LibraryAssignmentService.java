package app.debrief.templates;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.CurrentCoach;
import app.debrief.base.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which libraries a client gets. Any coach may assign any library of the practice to their own
 * clients (the owner to every client), in bulk from a selection.
 */
@Service
@PreAuthorize("hasRole('COACH')")
@Transactional
public class LibraryAssignmentService {

    private final AssignmentRepository assignments;
    private final TemplateRepository templates;
    private final ClientTemplates clientTemplates;
    private final CurrentCoach currentCoach;
    private final Clock clock;

    LibraryAssignmentService(AssignmentRepository assignments, TemplateRepository templates,
            ClientTemplates clientTemplates, CurrentCoach currentCoach, Clock clock) {
        this.assignments = assignments;
        this.templates = templates;
        this.clientTemplates = clientTemplates;
        this.currentCoach = currentCoach;
        this.clock = clock;
    }

    public void assign(UUID libraryId, Set<UUID> clientIds) {
        CoachPrincipal coach = requireAll(libraryId, clientIds);
        if (!clientIds.isEmpty()) {
            assignments.assign(coach.practiceId(), libraryId, clientIds, coach.coachId(), clock.instant());
        }
    }

    public void unassign(UUID libraryId, Set<UUID> clientIds) {
        CoachPrincipal coach = requireAll(libraryId, clientIds);
        if (!clientIds.isEmpty()) {
            assignments.unassign(coach.practiceId(), libraryId, clientIds);
        }
    }

    @Transactional(readOnly = true)
    public List<UUID> librariesOf(UUID clientId) {
        CoachPrincipal coach = requireAll(null, Set.of(clientId));
        return assignments.librariesOf(coach.practiceId(), clientId);
    }

    /** The library's clients the signed-in coach sees: their own, or every one for the owner. */
    @Transactional(readOnly = true)
    public List<AssignedClient> clientsOf(UUID libraryId) {
        CoachPrincipal coach = requireAll(libraryId, Set.of());
        return assignments.clientsOf(coach.practiceId(), libraryId, coach.isOwner() ? null : coach.coachId());
    }

    /** What the client's extension gets right now: exactly what GET /api/v1/templates answers it. */
    @Transactional(readOnly = true)
    public List<ClientTemplate> templatesOf(UUID clientId) {
        CoachPrincipal coach = requireAll(null, Set.of(clientId));
        return clientTemplates.forClient(coach.practiceId(), clientId);
    }

    private CoachPrincipal requireAll(@Nullable UUID libraryId, Set<UUID> clientIds) {
        CoachPrincipal coach = currentCoach.require();
        if (libraryId != null && templates.library(coach.practiceId(), libraryId).isEmpty()) {
            throw new NotFoundException("The library");
        }
        UUID onlyOwn = coach.isOwner() ? null : coach.coachId();
        if (!clientIds.isEmpty() && assignments.visibleClients(coach.practiceId(), clientIds, onlyOwn)
                != clientIds.size()) {
            throw new NotFoundException("A client");
        }
        return coach;
    }
}
