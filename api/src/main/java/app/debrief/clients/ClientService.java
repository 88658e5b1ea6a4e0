package app.debrief.clients;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.CurrentCoach;
import app.debrief.base.CsvWriter;
import app.debrief.base.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The client book: a coach sees and changes their own clients, an owner the whole practice's. */
@Service
@PreAuthorize("hasRole('COACH')")
@Transactional
public class ClientService {

    static final String DUPLICATE_EMAIL = "Another client of the practice already uses this email.";
    private static final int MAX_PAGE = 500;
    static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");
    private static final List<String> CSV_HEADER = List.of("Name", "Email", "Target field", "Status", "Coach",
            "Added");

    private final ClientRepository clients;
    private final CurrentCoach currentCoach;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ClientService(ClientRepository clients, CurrentCoach currentCoach, Clock clock, ApplicationEventPublisher events) {
        this.clients = clients;
        this.currentCoach = currentCoach;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<ClientSummary> page(ClientFilter filter, ClientOrder order, int offset, int limit) {
        CoachPrincipal coach = currentCoach.require();
        return clients.page(coach.practiceId(), visibleCoach(coach), filter, order, Math.max(offset, 0),
                Math.clamp(limit, 0, MAX_PAGE));
    }

    @Transactional(readOnly = true)
    public int count(ClientFilter filter) {
        CoachPrincipal coach = currentCoach.require();
        return clients.count(coach.practiceId(), visibleCoach(coach), filter);
    }

    /** Active and archived clients the signed-in coach may see. */
    @Transactional(readOnly = true)
    public int count() {
        return count(ClientFilter.ALL);
    }

    @Transactional(readOnly = true)
    public ClientSummary get(UUID clientId) {
        return visible(currentCoach.require(), clientId);
    }

    /** The coaches a client can be assigned to: every enabled coach for the owner, oneself for a coach. */
    @Transactional(readOnly = true)
    public List<CoachOption> coaches() {
        CoachPrincipal coach = currentCoach.require();
        return clients.coaches(coach.practiceId(), visibleCoach(coach));
    }

    public UUID create(ClientDraft draft) {
        CoachPrincipal coach = currentCoach.require();
        Clean clean = validate(draft);
        UUID assignee = assignee(coach, draft.coachId(), coach.coachId());
        UUID id = UUID.randomUUID();
        try {
            clients.insert(coach.practiceId(), id, assignee, clean.name(), clean.email(), clean.targetField(),
                    clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicateEmail();
        }
        return id;
    }

    public void update(UUID clientId, ClientDraft draft) {
        CoachPrincipal coach = currentCoach.require();
        ClientSummary client = visible(coach, clientId);
        Clean clean = validate(draft);
        UUID assignee = assignee(coach, draft.coachId(), client.coachId());
        try {
            clients.update(coach.practiceId(), client.id(), assignee, clean.name(), clean.email(),
                    clean.targetField());
        } catch (DuplicateKeyException e) {
            throw duplicateEmail();
        }
    }

    /** Listeners of {@link ClientStatusChanged} take note in this transaction (the client's tokens stop). */
    public void archive(UUID clientId) {
        setStatus(clientId, ClientStatus.ARCHIVED);
    }

    public void restore(UUID clientId) {
        setStatus(clientId, ClientStatus.ACTIVE);
    }

    private void setStatus(UUID clientId, ClientStatus status) {
        CoachPrincipal coach = currentCoach.require();
        UUID id = visible(coach, clientId).id();
        clients.setStatus(coach.practiceId(), id, status);
        events.publishEvent(new ClientStatusChanged(coach.practiceId(), id));
    }

    /**
     * Removes the client's name, email and target field for good; the row stays for anonymised counts.
     * Listeners of {@link ClientErased} remove what other features keep of the client, in this transaction.
     */
    public void erase(UUID clientId) {
        CoachPrincipal coach = currentCoach.require();
        UUID id = visible(coach, clientId).id();
        clients.erase(coach.practiceId(), id);
        events.publishEvent(new ClientErased(coach.practiceId(), id));
    }

    /** Writes the clients the filter finds, in the given order, as UTF-8 CSV (with a BOM, for spreadsheets). */
    @Transactional(readOnly = true)
    public void exportCsv(ClientFilter filter, ClientOrder order, OutputStream out) {
        CoachPrincipal coach = currentCoach.require();
        try {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            var csv = new CsvWriter(writer);
            csv.row(CSV_HEADER);
            clients.forEach(coach.practiceId(), visibleCoach(coach), filter, order, client -> csv.row(List.of(
                    client.name(), nullToEmpty(client.email()), nullToEmpty(client.targetField()),
                    client.status() == ClientStatus.ACTIVE ? "Active" : "Archived", client.coachName(),
                    client.createdAt().toString())));
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ClientSummary visible(CoachPrincipal coach, UUID clientId) {
        return clients.find(coach.practiceId(), visibleCoach(coach), clientId)
                .orElseThrow(() -> new NotFoundException("The client"));
    }

    /** The owner may hand a client to any enabled coach of the practice; a coach keeps them. */
    private UUID assignee(CoachPrincipal coach, @Nullable UUID requested, UUID current) {
        if (requested == null || requested.equals(current)) {
            return current;
        }
        if (!coach.isOwner()) {
            throw new AccessDeniedException("Only the practice owner assigns clients to other coaches.");
        }
        if (!clients.coachInPractice(coach.practiceId(), requested)) {
            throw new InvalidClientException(Map.of(ClientField.COACH, "Choose a coach of the practice."));
        }
        return requested;
    }

    record Clean(String name, @Nullable String email, @Nullable String targetField) {
    }

    static Clean validate(ClientDraft draft) {
        var problems = new EnumMap<ClientField, String>(ClientField.class);
        String name = draft.name().strip();
        if (name.isEmpty()) {
            problems.put(ClientField.NAME, "A client needs a name.");
        } else if (name.length() > 120) {
            problems.put(ClientField.NAME, "A name has at most 120 characters.");
        }
        String email = blankToNull(draft.email());
        if (email != null && email.length() > 254) {
            problems.put(ClientField.EMAIL, "An email address has at most 254 characters.");
        } else if (email != null && !EMAIL.matcher(email).matches()) {
            problems.put(ClientField.EMAIL, "Enter an email address like name@example.com, or leave it empty.");
        }
        String targetField = blankToNull(draft.targetField());
        if (targetField != null && targetField.length() > 120) {
            problems.put(ClientField.TARGET_FIELD, "A target field has at most 120 characters.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidClientException(problems);
        }
        return new Clean(name, email, targetField);
    }

    private static InvalidClientException duplicateEmail() {
        return new InvalidClientException(Map.of(ClientField.EMAIL, DUPLICATE_EMAIL));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable UUID visibleCoach(CoachPrincipal coach) {
        return coach.isOwner() ? null : coach.coachId();
    }
}
