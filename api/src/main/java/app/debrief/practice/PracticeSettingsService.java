package app.debrief.practice;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.CurrentCoach;
import app.debrief.accounts.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The practice's settings: only its owner reads and changes them, always of their own practice. */
@Service
@PreAuthorize("hasRole('" + Roles.OWNER + "')")
@Transactional
public class PracticeSettingsService {

    static final int MAX_NO_REPLY_DAYS = 90;
    static final int MAX_FOLLOW_UP_DAY = 60;
    static final int MAX_ADDRESS_LENGTH = 255;

    private final PracticeSettingsRepository practices;
    private final CurrentCoach currentCoach;

    PracticeSettingsService(PracticeSettingsRepository practices, CurrentCoach currentCoach) {
        this.practices = practices;
        this.currentCoach = currentCoach;
    }

    @Transactional(readOnly = true)
    public PracticeSettings settings() {
        return practices.find(owner().practiceId());
    }

    /** The templates the owner can offer as the practice's follow-up: published FOLLOW_UP ones of its libraries. */
    @Transactional(readOnly = true)
    public List<FollowUpTemplateChoice> followUpTemplates() {
        return practices.followUpTemplates(owner().practiceId());
    }

    /** Saves every setting at once, or throws {@link InvalidSettingsException} naming each field refused. */
    public void update(PracticeSettings settings) {
        CoachPrincipal owner = owner();
        var problems = new EnumMap<SettingsField, String>(SettingsField.class);
        String name = settings.name().strip();
        if (name.isEmpty()) {
            problems.put(SettingsField.NAME, "Practice name is required.");
        } else if (name.length() > 120) {
            problems.put(SettingsField.NAME, "Practice name has at most 120 characters.");
        }
        String timeZone = settings.timeZone().strip();
        try {
            timeZone = ZoneId.of(timeZone).getId();
        } catch (DateTimeException e) {
            problems.put(SettingsField.TIME_ZONE, "Time zone must be a known zone such as Europe/Paris.");
        }
        if (settings.noReplyDays() < 1 || settings.noReplyDays() > MAX_NO_REPLY_DAYS) {
            problems.put(SettingsField.NO_REPLY_DAYS, "No-reply days must be between 1 and " + MAX_NO_REPLY_DAYS + ".");
        }
        if (settings.followUpDay() < 1 || settings.followUpDay() > MAX_FOLLOW_UP_DAY) {
            problems.put(SettingsField.FOLLOW_UP_DAY, "Follow-up day must be between 1 and " + MAX_FOLLOW_UP_DAY + ".");
        } else if (!problems.containsKey(SettingsField.NO_REPLY_DAYS) && settings.followUpDay() >= settings.noReplyDays()) {
            problems.put(SettingsField.FOLLOW_UP_DAY, "Follow-up day must be less than the no-reply days ("
                    + settings.noReplyDays() + "): the follow-up is offered while a reply can still come.");
        }
        if (settings.followUpTemplateId() != null
                && !practices.isOfferable(owner.practiceId(), settings.followUpTemplateId())) {
            problems.put(SettingsField.FOLLOW_UP_TEMPLATE,
                    "Follow-up template must be a published follow-up template of the practice.");
        }
        String address = blankToNull(settings.publicAddress());
        if (address != null) {
            String problem = addressProblem(address);
            if (problem != null) {
                problems.put(SettingsField.PUBLIC_ADDRESS, problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        practices.update(owner.practiceId(), new PracticeSettings(name, timeZone, settings.noReplyDays(),
                settings.followUpDay(), settings.followUpTemplateId(), address == null ? null : stripSlash(address)));
    }

    /** Checked here too, not only by the annotation: settings change the whole practice. */
    private CoachPrincipal owner() {
        CoachPrincipal coach = currentCoach.require();
        if (!coach.isOwner()) {
            throw new AccessDeniedException("Only the practice owner changes the practice's settings.");
        }
        return coach;
    }

    static @Nullable String addressProblem(String address) {
        String example = "an absolute http or https address, like https://debrief.example.com";
        if (address.length() > MAX_ADDRESS_LENGTH) {
            return "Public address has at most " + MAX_ADDRESS_LENGTH + " characters.";
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            return "Public address must be " + example + ".";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.isOpaque()) {
            return "Public address must be " + example + ".";
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return "Public address must be just the server's address, without a user name, ? or #.";
        }
        return null;
    }

    private static String stripSlash(String address) {
        return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
