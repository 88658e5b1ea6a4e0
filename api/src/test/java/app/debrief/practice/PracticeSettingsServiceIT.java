package app.debrief.practice;

import static app.debrief.db.jooq.Tables.PRACTICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.connections.ConnectionCodeService;
import app.debrief.templates.TemplateKind;
import app.debrief.templates.TemplateLibraryService;
import app.debrief.templates.TemplateService;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import app.debrief.testsupport.TestTemplates;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class PracticeSettingsServiceIT {

    @Autowired
    PracticeSettingsService settings;

    @Autowired
    TemplateLibraryService libraries;

    @Autowired
    TemplateService templates;

    @Autowired
    ConnectionCodeService codes;

    @Autowired
    DSLContext sql;

    private CoachPrincipal owner;
    private UUID followUp;

    @BeforeEach
    void anOwnerWithAPublishedFollowUp() {
        var data = new TestData(sql);
        owner = data.coach(data.practice(), Role.OWNER);
        TestData.signIn(owner);
        UUID template = templates.create(libraries.create("Follow-ups " + UUID.randomUUID(), null), "Gentle nudge",
                TemplateKind.FOLLOW_UP);
        templates.publish(template, "Gentle nudge", "Following up on the {{role}} interviews",
                TestTemplates.FOLLOW_UP_BODY, true);
        followUp = template;
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void a_new_practice_has_the_default_settings_and_no_follow_up_template() {
        PracticeSettings current = settings.settings();

        assertThat(current.noReplyDays()).isEqualTo(10);
        assertThat(current.followUpDay()).isEqualTo(7);
        assertThat(current.timeZone()).isEqualTo("UTC");
        assertThat(current.followUpTemplateId()).isNull();
        assertThat(current.publicAddress()).isNull();
    }

    @Test
    void the_owner_saves_every_setting_and_reads_it_back() {
        settings.update(new PracticeSettings("  Bright Futures  ", "Europe/Paris", 14, 5, followUp,
                "https://coach.example.com/"));

        PracticeSettings saved = settings.settings();
        assertThat(saved).isEqualTo(new PracticeSettings("Bright Futures", "Europe/Paris", 14, 5, followUp,
                "https://coach.example.com"));
        assertThat(settings.followUpTemplates()).extracting(FollowUpTemplateChoice::id).containsExactly(followUp);
    }

    @Test
    void each_refused_value_names_its_field_and_the_reason() {
        assertRefused(new PracticeSettings(" ", "UTC", 10, 7, null, null), SettingsField.NAME,
                "Practice name is required.");
        assertRefused(new PracticeSettings("P", "Mars/Olympus", 10, 7, null, null), SettingsField.TIME_ZONE,
                "Time zone must be a known zone such as Europe/Paris.");
        assertRefused(new PracticeSettings("P", "UTC", 0, 7, null, null), SettingsField.NO_REPLY_DAYS,
                "No-reply days must be between 1 and 90.");
        assertRefused(new PracticeSettings("P", "UTC", 91, 7, null, null), SettingsField.NO_REPLY_DAYS,
                "No-reply days must be between 1 and 90.");
        assertRefused(new PracticeSettings("P", "UTC", 90, 61, null, null), SettingsField.FOLLOW_UP_DAY,
                "Follow-up day must be between 1 and 60.");
        assertRefused(new PracticeSettings("P", "UTC", 7, 7, null, null), SettingsField.FOLLOW_UP_DAY,
                "Follow-up day must be less than the no-reply days (7): the follow-up is offered while a reply "
                        + "can still come.");
        assertRefused(new PracticeSettings("P", "UTC", 10, 7, null, "ftp://files.example.com"),
                SettingsField.PUBLIC_ADDRESS,
                "Public address must be an absolute http or https address, like https://debrief.example.com.");
        assertRefused(new PracticeSettings("P", "UTC", 10, 7, null, "debrief.example.com"),
                SettingsField.PUBLIC_ADDRESS,
                "Public address must be an absolute http or https address, like https://debrief.example.com.");
        assertRefused(new PracticeSettings("P", "UTC", 10, 7, null, "https://debrief.example.com/?x=1"),
                SettingsField.PUBLIC_ADDRESS,
                "Public address must be just the server's address, without a user name, ? or #.");
        assertThat(settings.settings().name()).startsWith("Practice ");
    }

    @Test
    void only_a_published_follow_up_template_can_be_offered() {
        UUID library = libraries.create("Emails " + UUID.randomUUID(), null);
        UUID email = templates.create(library, "An email", TemplateKind.EMAIL);
        templates.publish(email, "An email", "Thank you", TestTemplates.FOLLOW_UP_BODY, true);
        UUID draft = templates.create(library, "A draft follow-up", TemplateKind.FOLLOW_UP);

        for (UUID refused : new UUID[] {email, draft, UUID.randomUUID()}) {
            assertRefused(new PracticeSettings("P", "UTC", 10, 7, refused, null), SettingsField.FOLLOW_UP_TEMPLATE,
                    "Follow-up template must be a published follow-up template of the practice.");
        }
        assertThat(settings.followUpTemplates()).extracting(FollowUpTemplateChoice::id).containsExactly(followUp);
    }

    @Test
    void retiring_the_follow_up_template_stops_the_practice_offering_it() {
        settings.update(new PracticeSettings("P", "UTC", 10, 7, followUp, null));

        templates.retire(followUp);

        assertThat(settings.settings().followUpTemplateId()).isNull();
        assertThat(sql.fetchValue(PRACTICE.FOLLOW_UP_TEMPLATE_ID, PRACTICE.ID.eq(owner.practiceId()))).isNull();
        assertThat(settings.followUpTemplates()).isEmpty();
    }

    @Test
    void connection_codes_carry_the_public_address_once_it_is_set() {
        UUID client = new TestData(sql).client(owner, "Rosa Parks");
        assertThat(originIn(codes.issue(client, "http://portal.internal:8080").code()))
                .isEqualTo("http://portal.internal:8080");

        settings.update(new PracticeSettings("P", "UTC", 10, 7, null, "https://debrief.example.com/portal"));

        assertThat(originIn(codes.issue(client, "http://portal.internal:8080").code()))
                .isEqualTo("https://debrief.example.com");
    }

    @Test
    void a_coach_can_neither_read_nor_change_the_settings() {
        CoachPrincipal coach = new TestData(sql).coach(owner.practiceId(), Role.COACH);
        TestData.signIn(coach);

        assertThatThrownBy(() -> settings.settings()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.followUpTemplates()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.update(new PracticeSettings("Mine now", "UTC", 10, 7, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(sql.fetchValue(PRACTICE.NAME, PRACTICE.ID.eq(owner.practiceId()))).isNotEqualTo("Mine now");
    }

    @Test
    @CrossPracticeProbe(methods = {"PracticeSettingsService#settings", "PracticeSettingsService#followUpTemplates",
            "PracticeSettingsService#update"})
    void another_practices_owner_sees_none_of_it_and_cannot_offer_its_template() {
        settings.update(new PracticeSettings("Victim practice", "Europe/Paris", 20, 3, followUp,
                "https://victim.example.com"));
        var data = new TestData(sql);
        CoachPrincipal attacker = data.coach(data.practice(), Role.OWNER);
        TestData.signIn(attacker);

        assertThat(settings.settings().name()).isNotEqualTo("Victim practice");
        assertThat(settings.settings().followUpTemplateId()).isNull();
        assertThat(settings.followUpTemplates()).isEmpty();
        assertRefused(new PracticeSettings("Attacker", "UTC", 10, 7, followUp, null),
                SettingsField.FOLLOW_UP_TEMPLATE,
                "Follow-up template must be a published follow-up template of the practice.");
        settings.update(new PracticeSettings("Attacker", "UTC", 10, 7, null, null));

        TestData.signIn(owner);
        assertThat(settings.settings()).isEqualTo(new PracticeSettings("Victim practice", "Europe/Paris", 20, 3,
                followUp, "https://victim.example.com"));
    }

    private void assertRefused(PracticeSettings refused, SettingsField field, String reason) {
        PracticeSettings before = settings.settings();
        assertThatThrownBy(() -> settings.update(refused))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> {
                    assertThat(e.problemsByField()).containsEntry(field, reason);
                    assertThat(e.getMessage()).contains(reason);
                });
        assertThat(settings.settings()).isEqualTo(before);
    }

    private static String originIn(String code) {
        return new String(Base64.getUrlDecoder().decode(code.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
