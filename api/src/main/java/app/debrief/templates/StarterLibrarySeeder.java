package app.debrief.templates;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.debrief.accounts.PracticeCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every new practice, demo or first-run, starts with the "Debrief starter" library, published. */
@Component
class StarterLibrarySeeder {

    static final String NAME = "Debrief starter";
    static final String DESCRIPTION = "Courteous, personal feedback requests written for Debrief: after an email or "
            + "phone rejection, after a final round, a follow-up and a thank-you. Duplicate one to make it yours.";

    private final TemplateRepository templates;
    private final Clock clock;

    StarterLibrarySeeder(TemplateRepository templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    /** Runs inside the set-up transaction: the practice never exists without its starter library. */
    @EventListener
    void seed(PracticeCreated practice) {
        Instant now = clock.instant();
        UUID libraryId = UUID.randomUUID();
        templates.insertLibrary(practice.practiceId(), libraryId, NAME, DESCRIPTION, practice.ownerId(), true, now);
        for (StarterTemplate template : StarterLibrary.load()) {
            UUID templateId = UUID.randomUUID();
            templates.insertTemplate(practice.practiceId(), templateId, libraryId, template.name(), template.kind(),
                    template.subject(), template.body(), practice.ownerId(), now);
            templates.insertVersion(practice.practiceId(), templateId, 1, template.subject(), template.body(),
                    practice.ownerId(), now, List.of(), null);
        }
    }
}
