package app.debrief.practice;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the owner sets for the whole practice.
 *
 * @param noReplyDays days after sending with no reply before a request counts as unanswered
 * @param followUpDay the day after sending on which one polite follow-up is offered; before the no-reply days
 * @param followUpTemplateId the published follow-up template every client is offered, or none
 * @param publicAddress the address the extension reaches this server on; {@code null} means the
 *     address the portal is being served on
 */
public record PracticeSettings(String name, String timeZone, int noReplyDays, int followUpDay,
        @Nullable UUID followUpTemplateId, @Nullable String publicAddress) {

    public static final int DEFAULT_NO_REPLY_DAYS = 10;
    public static final int DEFAULT_FOLLOW_UP_DAY = 7;
}
