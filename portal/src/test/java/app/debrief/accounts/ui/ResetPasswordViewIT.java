package app.debrief.accounts.ui;

import static app.debrief.db.jooq.Tables.COACH;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.PasswordResetService;
import app.debrief.accounts.Role;
import app.debrief.testsupport.BrowserlessPortal;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.PasswordField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The public page a password-reset link opens, without a browser, on the real services and database. */
@IntegrationTest
class ResetPasswordViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext sql;

    @Autowired
    PasswordResetService resets;

    @Autowired
    PasswordEncoder passwordEncoder;

    private CoachPrincipal coach;
    private String token;

    @BeforeEach
    void theOwnerIssuesALinkForACoach() {
        var data = new TestData(sql);
        var practice = data.practice();
        var owner = data.coach(practice, Role.OWNER);
        coach = data.coach(practice, Role.COACH);
        BrowserlessPortal.start(context, owner);
        token = resets.issue(coach.coachId()).token();
        BrowserlessPortal.stop();
        BrowserlessPortal.startAnonymous(context);
    }

    @AfterEach
    void closeVaadin() {
        BrowserlessPortal.stop();
    }

    @Test
    void the_coach_sets_a_new_password_once() {
        UI.getCurrent().navigate("reset/" + token);

        assertThat(com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt.toPrettyTree(UI.getCurrent()))
                .contains("For " + coach.displayName() + " (" + coach.getUsername() + ")");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "brand-new-password");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password again")), "brand-new-password");
        _click(_get(Button.class, spec -> spec.withText("Set new password")));

        NotificationsKt.expectNotifications("Your password is set. Sign in with " + coach.getUsername()
                + " and your new password.");
        assertThat(_find(LoginView.class)).hasSize(1);
        assertThat(passwordEncoder.matches("brand-new-password",
                sql.fetchValue(COACH.PASSWORD_HASH, COACH.ID.eq(coach.coachId())))).isTrue();

        UI.getCurrent().navigate("reset/" + token);
        assertThat(_get(H1.class).getText()).isEqualTo("This link is no longer valid");
    }

    @Test
    void a_short_password_is_shown_at_its_field() {
        UI.getCurrent().navigate("reset/" + token);
        var password = _get(PasswordField.class, spec -> spec.withLabel("New password"));

        _setValue(password, "short");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password again")), "short");
        _click(_get(Button.class, spec -> spec.withText("Set new password")));

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Password must have at least 10 characters.");
        assertThat(resets.open(token)).isPresent();
    }

    @Test
    @CrossPracticeProbe(routes = "reset/:token")
    void a_coach_of_another_practice_opening_a_reset_route_with_this_coachs_id_sees_nothing_of_them() {
        BrowserlessPortal.stop();
        var data = new TestData(sql);
        BrowserlessPortal.start(context, data.coach(data.practice(), Role.COACH));

        for (String guess : new String[] {coach.coachId().toString(), "made-up-token"}) {
            UI.getCurrent().navigate("reset/" + guess);
            assertThat(_get(H1.class).getText()).isEqualTo("This link is no longer valid");
            assertThat(com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).doesNotContain(coach.getUsername(),
                    coach.displayName());
        }
        assertThat(resets.open(token)).isPresent();
    }
}
