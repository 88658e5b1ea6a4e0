package app.debrief.templates;

import java.util.List;

/** What asking to publish led to: a new version, errors that block it, or warnings to confirm first. */
public sealed interface PublishOutcome {

    record Published(int version) implements PublishOutcome {
    }

    /** Nothing changed since the current version: no new version was made. */
    record Unchanged(int version) implements PublishOutcome {
    }

    record Blocked(List<ParseError> errors) implements PublishOutcome {
    }

    record NeedsConfirmation(List<CheckResult> warnings) implements PublishOutcome {
    }
}
