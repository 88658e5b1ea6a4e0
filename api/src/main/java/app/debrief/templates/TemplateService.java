package app.debrief.templates;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.base.InvalidInputException;
import app.debrief.base.NotFoundException;
import app.debrief.templates.TemplateRepository.TemplateRow;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing templates: drafts are saved as they are; publishing freezes an immutable version, after
 * placeholder errors are fixed and, when courtesy checks warn, after someone confirms.
 */
@Service
@PreAuthorize("hasRole('COACH')")
@Transactional
public class TemplateService {

    static final int MAX_BODY = 20_000;

    private final TemplateRepository templates;
    private final LibraryAccess access;
    private final Clock clock;

    TemplateService(TemplateRepository templates, LibraryAccess access, Clock clock) {
        this.templates = templates;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public TemplateDraft load(UUID templateId) {
        TemplateRow row = readable(templateId, false);
        return new TemplateDraft(row.id(), row.libraryId(), row.libraryName(), row.name(), row.kind(), row.status(),
                row.subject(), row.body(), row.currentVersion(), access.mayEdit(row.libraryAuthorId()));
    }

    public UUID create(UUID libraryId, String name, TemplateKind kind) {
        var library = access.editable(libraryId);
        CoachPrincipal coach = access.coach();
        UUID id = UUID.randomUUID();
        templates.insertTemplate(coach.practiceId(), id, library.id(), validName(name), kind,
                kind == TemplateKind.PHONE ? null : "", "", coach.coachId(), clock.instant());
        return id;
    }

    /** A draft keeps whatever is typed, errors included: nothing reaches clients before publishing. */
    public void saveDraft(UUID templateId, String name, @Nullable String subject, String body) {
        TemplateRow row = editable(templateId, true);
        if (row.status() != TemplateStatus.DRAFT) {
            throw new InvalidInputException("A published template is saved by publishing a new version.");
        }
        CoachPrincipal coach = access.coach();
        templates.updateText(coach.practiceId(), row.id(), validName(name), subjectFor(row.kind(), subject),
                validBody(body), coach.coachId(), clock.instant());
    }

    /**
     * Saves the text and publishes it as the next version. Placeholder errors block; courtesy
     * warnings need {@code warningsConfirmed}, and the version records who confirmed them.
     */
    public PublishOutcome publish(UUID templateId, String name, @Nullable String subject, String body,
            boolean warningsConfirmed) {
        TemplateRow row = editable(templateId, true);
        CoachPrincipal coach = access.coach();
        String cleanSubject = subjectFor(row.kind(), subject);
        String cleanBody = validBody(body);
        TemplateReview review = TemplateReview.of(row.kind(), cleanSubject, cleanBody);
        if (review.blocksPublishing()) {
            var errors = new ArrayList<>(review.subjectErrors());
            errors.addAll(review.bodyErrors());
            return new PublishOutcome.Blocked(errors);
        }
        if (review.courtesy() != null && review.courtesy().hasWarnings() && !warningsConfirmed) {
            return new PublishOutcome.NeedsConfirmation(review.warnings());
        }
        Instant now = clock.instant();
        templates.updateText(coach.practiceId(), row.id(), validName(name), cleanSubject, cleanBody, coach.coachId(),
                now);
        boolean unchanged = row.currentVersion() > 0 && row.status() == TemplateStatus.PUBLISHED
                && Objects.equals(row.subject(), cleanSubject) && row.body().equals(cleanBody);
        if (unchanged) {
            return new PublishOutcome.Unchanged(row.currentVersion());
        }
        List<CheckId> warned = review.warnings().stream().map(CheckResult::id).toList();
        int version = row.currentVersion() + 1;
        templates.insertVersion(coach.practiceId(), row.id(), version, cleanSubject, cleanBody, coach.coachId(), now,
                warned, warned.isEmpty() ? null : coach.coachId());
        return new PublishOutcome.Published(version);
    }

    /** A copy to start from, as a draft in the same library. */
    public UUID duplicate(UUID templateId) {
        TemplateRow row = editable(templateId, false);
        CoachPrincipal coach = access.coach();
        UUID id = UUID.randomUUID();
        String name = ("Copy of " + row.name());
        templates.insertTemplate(coach.practiceId(), id, row.libraryId(), name.length() > 120 ? name.substring(0, 120)
                : name, row.kind(), row.subject(), row.body(), coach.coachId(), clock.instant());
        return id;
    }

    /**
     * Clients stop getting it; its versions stay for the requests and reports that point at them. When it
     * was the practice's follow-up template, the practice offers none until the owner picks another.
     */
    public void retire(UUID templateId) {
        TemplateRow row = editable(templateId, true);
        CoachPrincipal coach = access.coach();
        templates.setStatus(coach.practiceId(), row.id(), TemplateStatus.RETIRED, coach.coachId(), clock.instant());
        templates.stopOfferingAsFollowUp(coach.practiceId(), row.id());
    }

    @Transactional(readOnly = true)
    public List<TemplateVersionView> history(UUID templateId) {
        TemplateRow row = readable(templateId, false);
        return templates.versions(access.coach().practiceId(), row.id());
    }

    /** Subject and body of one version against another, line by line. */
    @Transactional(readOnly = true)
    public List<LineDiff.Line> diff(UUID templateId, int fromVersion, int toVersion) {
        var versions = history(templateId);
        var from = versions.stream().filter(v -> v.version() == fromVersion).findFirst()
                .orElseThrow(() -> new NotFoundException("Version " + fromVersion));
        var to = versions.stream().filter(v -> v.version() == toVersion).findFirst()
                .orElseThrow(() -> new NotFoundException("Version " + toVersion));
        return LineDiff.between(asText(from), asText(to));
    }

    private static String asText(TemplateVersionView version) {
        return version.subject() == null ? version.body() : "Subject: " + version.subject() + "\n\n" + version.body();
    }

    private TemplateRow readable(UUID templateId, boolean lock) {
        return templates.template(access.coach().practiceId(), templateId, lock)
                .orElseThrow(() -> new NotFoundException("The template"));
    }

    private TemplateRow editable(UUID templateId, boolean lock) {
        TemplateRow row = readable(templateId, lock);
        access.requireEditor(row.libraryAuthorId());
        return row;
    }

    private static String validName(String name) {
        String clean = name.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("A template needs a name.");
        }
        if (clean.length() > 120) {
            throw new InvalidInputException("A template name has at most 120 characters.");
        }
        return clean;
    }

    private static @Nullable String subjectFor(TemplateKind kind, @Nullable String subject) {
        if (kind == TemplateKind.PHONE) {
            return null;
        }
        String clean = subject == null ? "" : subject.strip();
        if (clean.length() > 200) {
            throw new InvalidInputException("A subject has at most 200 characters.");
        }
        return clean;
    }

    private static String validBody(String body) {
        if (body.length() > MAX_BODY) {
            throw new InvalidInputException("A template body has at most " + MAX_BODY + " characters.");
        }
        return body.replace("\r\n", "\n").replace('\r', '\n');
    }
}
