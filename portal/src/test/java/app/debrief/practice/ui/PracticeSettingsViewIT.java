package app.debrief.practice.ui;

import static app.debrief.db.jooq.Tables.PRACTICE;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.practice.FollowUpTemplateChoice;
import app.debrief.practice.PracticeSettings;
import app.debrief.practice.PracticeSettingsService;
import app.debrief.templates.TemplateKind;
import app.debrief.testsupport.BrowserlessPortal;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import app.debrief.testsupport.TestTemplates;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The owner's practice settings without a browser, on the real service and database. */
@IntegrationTest
class PracticeSettingsViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext sql;

    @Autowired
    PracticeSettingsService settings;

    private CoachPrincipal owner;

    private void signIn(Role role) {
        var data = new TestData(sql);
        owner = data.coach(data.practice(), role);
        BrowserlessPortal.start(context, owner);
    }

    @AfterEach
    void closeVaadin() {
        BrowserlessPortal.stop();
    }

    @Test
    void a_refused_value_shows_its_reason_beside_its_field_and_nothing_is_saved() {
        signIn(Role.OWNER);
        UI.getCurrent().navigate("settings");
        assertThat(noReplyDays().getValue()).isEqualTo(10);
        assertThat(followUpDay().getValue()).isEqualTo(7);

        _setValue(followUpDay(), 12);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Public address")), "ftp://files.example.com");
        _click(_get(Button.class, spec -> spec.withText("Save settings")));

        assertThat(followUpDay().isInvalid()).isTrue();
        assertThat(followUpDay().getErrorMessage()).isEqualTo("Follow-up day must be less than the no-reply days "
                + "(10): the follow-up is offered while a reply can still come.");
        var address = _get(TextField.class, spec -> spec.withLabel("Public address"));
        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).startsWith("Public address must be an absolute http or https address");
        assertThat(noReplyDays().isInvalid()).isFalse();
        assertThat(sql.fetchValue(PRACTICE.FOLLOW_UP_DAY, PRACTICE.ID.eq(owner.practiceId()))).isEqualTo(7);
    }

    @Test
    void the_owner_saves_the_settings_and_is_told_so() {
        signIn(Role.OWNER);
        var templates = new TestTemplates(sql);
        UUID followUp = templates.published(owner, templates.library(owner, "Nudges"), "Gentle nudge",
                TemplateKind.FOLLOW_UP);
        UI.getCurrent().navigate("settings");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Practice name")), "Bright Futures");
        @SuppressWarnings("unchecked")
        ComboBox<String> zone = _get(ComboBox.class, spec -> spec.withLabel("Time zone"));
        _setValue(zone, "Europe/Lisbon");
        _setValue(noReplyDays(), 14);
        _setValue(followUpDay(), 9);
        @SuppressWarnings("unchecked")
        ComboBox<FollowUpTemplateChoice> template = _get(ComboBox.class, spec -> spec.withLabel("Follow-up template"));
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions(template))
                .containsExactly("Gentle nudge \u00b7 Nudges");
        com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel(template, "Gentle nudge \u00b7 Nudges");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Public address")), "https://coach.example.com");
        _click(_get(Button.class, spec -> spec.withText("Save settings")));

        NotificationsKt.expectNotifications("Saved the practice settings.");
        var saved = sql.fetchSingle(PRACTICE, PRACTICE.ID.eq(owner.practiceId()));
        assertThat(saved.getName()).isEqualTo("Bright Futures");
        assertThat(saved.getTimeZone()).isEqualTo("Europe/Lisbon");
        assertThat(saved.getNoReplyDays()).isEqualTo(14);
        assertThat(saved.getFollowUpDay()).isEqualTo(9);
        assertThat(saved.getFollowUpTemplateId()).isEqualTo(followUp);
        assertThat(saved.getPublicAddress()).isEqualTo("https://coach.example.com");
    }

    @Test
    void a_coach_cannot_open_the_settings() {
        signIn(Role.COACH);

        assertThatThrownBy(() -> UI.getCurrent().navigate("settings"))
                .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);

        _assertNone(PracticeSettingsView.class);
        assertThatThrownBy(() -> settings.update(new PracticeSettings("Mine", "UTC", 10, 7, null, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    @CrossPracticeProbe(routes = {"settings"})
    void another_practices_owner_sees_and_changes_only_their_own_practice() {
        signIn(Role.OWNER);
        UUID victim = new TestData(sql).practice();
        sql.update(PRACTICE).set(PRACTICE.NAME, "Victim practice").where(PRACTICE.ID.eq(victim)).execute();
        UI.getCurrent().navigate("settings");

        var name = _get(TextField.class, spec -> spec.withLabel("Practice name"));
        assertThat(name.getValue()).isEqualTo("Practice " + owner.practiceId());
        _setValue(name, "Renamed");
        _click(_get(Button.class, spec -> spec.withText("Save settings")));

        assertThat(sql.fetchValue(PRACTICE.NAME, PRACTICE.ID.eq(victim))).isEqualTo("Victim practice");
        assertThat(sql.fetchValue(PRACTICE.NAME, PRACTICE.ID.eq(owner.practiceId()))).isEqualTo("Renamed");
    }

    private static IntegerField noReplyDays() {
        return _get(IntegerField.class, spec -> spec.withLabel("No-reply days"));
    }

    private static IntegerField followUpDay() {
        return _get(IntegerField.class, spec -> spec.withLabel("Follow-up day"));
    }
}
