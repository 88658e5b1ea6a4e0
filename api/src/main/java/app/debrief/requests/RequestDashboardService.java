package app.debrief.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.CurrentCoach;
import app.debrief.requests.DashboardRepository.TagRow;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's view of requests: who needs attention now, and which themes come back in the
 * feedback. A coach sees their own clients; the owner sees the whole practice.
 */
@Service
@PreAuthorize("hasRole('COACH')")
@Transactional(readOnly = true)
public class RequestDashboardService {

    /** The extension reminds at 20 hours; after that the coach should hear about it too. */
    public static final Duration REMINDER = Duration.ofHours(20);
    /** Older unsent rejections are stale: withdrawing them is the coach's call, not the dashboard's. */
    public static final Duration LOOK_BACK = Duration.ofDays(30);
    static final int LIST_LIMIT = 50;

    /** Totals of the attention lists are counted up to this many: past it, "at least" is all a coach needs. */
    public static final int COUNT_CAP = 1000;
    static final int TOP_TAGS = 6;

    private final DashboardRepository dashboard;
    private final TimelineRepository timeline;
    private final CurrentCoach currentCoach;
    private final Clock clock;

    RequestDashboardService(DashboardRepository dashboard, TimelineRepository timeline, CurrentCoach currentCoach,
            Clock clock) {
        this.dashboard = dashboard;
        this.timeline = timeline;
        this.currentCoach = currentCoach;
        this.clock = clock;
    }

    public Attention attention() {
        CoachPrincipal coach = currentCoach.require();
        Instant now = clock.instant();
        @Nullable UUID scope = coach.isOwner() ? null : coach.coachId();
        var late = dashboard.late(coach.practiceId(), scope, now.minus(LOOK_BACK), now.minus(REMINDER), LIST_LIMIT);
        var waiting = dashboard.waiting(coach.practiceId(), scope, timeline.settings(coach.practiceId()).noReplyDays(),
                LIST_LIMIT);
        return new Attention(late.rows(), late.total(), waiting.rows(), waiting.total());
    }

    public TagThemes tagThemes() {
        CoachPrincipal coach = currentCoach.require();
        var own = themes(dashboard.tagCounts(coach.practiceId(), coach.coachId()));
        var practice = coach.isOwner() ? themes(dashboard.tagCounts(coach.practiceId(), null)) : null;
        return new TagThemes(own, practice);
    }

    private static TagThemes.Themes themes(List<TagRow> rows) {
        return new TagThemes.Themes(top(rows, TagKind.STRENGTH), top(rows, TagKind.TO_IMPROVE));
    }

    private static List<TagCount> top(List<TagRow> rows, TagKind kind) {
        return rows.stream().filter(row -> row.kind() == kind).limit(TOP_TAGS)
                .map(row -> new TagCount(row.name(), row.notes())).toList();
    }
}
