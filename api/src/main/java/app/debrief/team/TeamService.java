package app.debrief.team;

import java.util.List;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.CurrentCoach;
import app.debrief.accounts.Role;
import app.debrief.base.InvalidInputException;
import app.debrief.base.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's roster: every coach of the practice with their client count; disabling a coach hands
 * their clients to another enabled coach in the same transaction. A disabled coach cannot sign in,
 * and their open sessions end on their next request.
 */
@Service
@PreAuthorize("hasRole('OWNER')")
@Transactional
public class TeamService {

    private final TeamRepository team;
    private final CurrentCoach currentCoach;

    TeamService(TeamRepository team, CurrentCoach currentCoach) {
        this.team = team;
        this.currentCoach = currentCoach;
    }

    /** Enabled coaches first, then by name. */
    @Transactional(readOnly = true)
    public List<CoachSummary> coaches() {
        return team.coaches(currentCoach.require().practiceId());
    }

    /**
     * @param successorId the enabled coach who takes over the disabled coach's clients; required
     *                    when they have any
     */
    public void disable(UUID coachId, @Nullable UUID successorId) {
        CoachPrincipal owner = currentCoach.require();
        UUID practiceId = owner.practiceId();
        team.lockPractice(practiceId);
        CoachSummary coach = find(practiceId, coachId);
        if (coach.id().equals(owner.coachId())) {
            throw new InvalidInputException("You cannot disable your own account.");
        }
        if (!coach.enabled()) {
            return;
        }
        if (coach.role() == Role.OWNER && team.enabledOwners(practiceId) <= 1) {
            throw new InvalidInputException(coach.displayName() + " is the last enabled owner of the practice.");
        }
        if (successorId != null) {
            CoachSummary successor = find(practiceId, successorId);
            if (successor.id().equals(coach.id()) || !successor.enabled()) {
                throw new InvalidInputException("Choose another enabled coach to take over "
                        + coach.displayName() + "'s clients.");
            }
            team.moveClients(practiceId, coach.id(), successor.id());
        } else if (coach.clients() > 0) {
            throw new InvalidInputException("Choose who takes over " + coach.displayName() + "'s "
                    + (coach.clients() == 1 ? "client." : coach.clients() + " clients."));
        }
        team.setEnabled(practiceId, coach.id(), false);
    }

    public void enable(UUID coachId) {
        UUID practiceId = currentCoach.require().practiceId();
        team.lockPractice(practiceId);
        team.setEnabled(practiceId, find(practiceId, coachId).id(), true);
    }

    private CoachSummary find(UUID practiceId, UUID coachId) {
        return team.coach(practiceId, coachId).orElseThrow(() -> new NotFoundException("The coach"));
    }
}
