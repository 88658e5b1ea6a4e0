package app.debrief.accounts.ui;

import static app.debrief.db.jooq.Tables.COACH;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.testsupport.BrowserlessPortal;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A coach's own account page, without a browser, on the real services and database. */
@IntegrationTest
class AccountViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext sql;

    @Autowired
    PasswordEncoder passwordEncoder;

    private TestData data;
    private CoachPrincipal coach;

    @BeforeEach
    void signInAsACoach() {
        data = new TestData(sql);
        coach = data.coach(data.practice(), Role.COACH);
        sql.update(COACH).set(COACH.PASSWORD_HASH, passwordEncoder.encode("the-current-one"))
                .where(COACH.ID.eq(coach.coachId())).execute();
        BrowserlessPortal.start(context, coach);
        UI.getCurrent().navigate(AccountView.class);
    }

    @AfterEach
    void closeVaadin() {
        BrowserlessPortal.stop();
    }

    @Test
    void a_coach_renames_themselves() {
        var name = _get(TextField.class, spec -> spec.withLabel("Display name"));
        assertThat(name.getValue()).isEqualTo(coach.displayName());

        _setValue(name, "Dana Diaz");
        _click(_get(Button.class, spec -> spec.withText("Save name")));

        NotificationsKt.expectNotifications("Your name is now Dana Diaz.");
        assertThat(sql.fetchValue(COACH.DISPLAY_NAME, COACH.ID.eq(coach.coachId()))).isEqualTo("Dana Diaz");
    }

    @Test
    void an_empty_name_is_refused_at_its_field() {
        var name = _get(TextField.class, spec -> spec.withLabel("Display name"));

        _setValue(name, "");
        _click(_get(Button.class, spec -> spec.withText("Save name")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Display name is required.");
        assertThat(sql.fetchValue(COACH.DISPLAY_NAME, COACH.ID.eq(coach.coachId()))).isEqualTo(coach.displayName());
    }

    @Test
    void changing_the_password_needs_the_current_one() {
        var current = _get(PasswordField.class, spec -> spec.withLabel("Current password"));
        var fresh = _get(PasswordField.class, spec -> spec.withLabel("New password"));
        var again = _get(PasswordField.class, spec -> spec.withLabel("New password again"));

        _setValue(current, "a-wrong-guess");
        _setValue(fresh, "another-password");
        _setValue(again, "another-password");
        _click(_get(Button.class, spec -> spec.withText("Change password")));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("Current password is not right.");

        _setValue(current, "the-current-one");
        _click(_get(Button.class, spec -> spec.withText("Change password")));

        NotificationsKt.expectNotifications("Your password is changed. Use the new one next time you sign in.");
        assertThat(current.getValue()).isEmpty();
        assertThat(passwordEncoder.matches("another-password",
                sql.fetchValue(COACH.PASSWORD_HASH, COACH.ID.eq(coach.coachId())))).isTrue();
    }

    @Test
    @CrossPracticeProbe(routes = "account")
    void the_account_page_shows_only_the_signed_in_coachs_own_account() {
        var other = data.coach(data.practice(), Role.OWNER);

        assertThat(com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).doesNotContain(other.displayName());
        assertThat(_get(TextField.class, spec -> spec.withLabel("Email (you sign in with it)")).getValue())
                .isEqualTo(coach.getUsername());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Display name")), "Renamed");
        _click(_get(Button.class, spec -> spec.withText("Save name")));

        assertThat(sql.fetchValue(COACH.DISPLAY_NAME, COACH.ID.eq(other.coachId()))).isEqualTo(other.displayName());
    }
}
