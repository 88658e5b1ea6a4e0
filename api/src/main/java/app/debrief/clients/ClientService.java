package app.debrief.clients;

import java.util.List;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.CurrentCoach;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The client book: a coach sees their own clients, an owner sees the whole practice's. */
@Service
@PreAuthorize("hasRole('COACH')")
@Transactional(readOnly = true)
public class ClientService {

    private final ClientRepository clients;
    private final CurrentCoach currentCoach;

    ClientService(ClientRepository clients, CurrentCoach currentCoach) {
        this.clients = clients;
        this.currentCoach = currentCoach;
    }

    public List<ClientSummary> page(int offset, int limit) {
        CoachPrincipal coach = currentCoach.require();
        return clients.page(coach.practiceId(), visibleCoach(coach), offset, Math.min(limit, 500));
    }

    public int count() {
        CoachPrincipal coach = currentCoach.require();
        return clients.count(coach.practiceId(), visibleCoach(coach));
    }

    private static @Nullable UUID visibleCoach(CoachPrincipal coach) {
        return coach.isOwner() ? null : coach.coachId();
    }
}
