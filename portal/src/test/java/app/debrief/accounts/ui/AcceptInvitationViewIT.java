package app.debrief.accounts.ui;

import static app.debrief.db.jooq.Tables.COACH;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import app.debrief.accounts.CoachDetailsService;
import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.InvitationDraft;
import app.debrief.accounts.InvitationService;
import app.debrief.accounts.Role;
import app.debrief.testsupport.BrowserlessPortal;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.MutableClock;
import app.debrief.testsupport.TestData;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The public page an invitation link opens, without a browser, on the real services and database. */
@IntegrationTest
class AcceptInvitationViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext sql;

    @Autowired
    InvitationService invitations;

    @Autowired
    CoachDetailsService coaches;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MutableClock clock;

    private CoachPrincipal owner;
    private String email;
    private String token;

    @BeforeEach
    void anOwnerInvitesSomeone() {
        var data = new TestData(sql);
        owner = data.coach(data.practice(), Role.OWNER);
        email = "dana-" + UUID.randomUUID() + "@example.com";
        BrowserlessPortal.start(context, owner);
        token = invitations.invite(new InvitationDraft(email, "Dana Diaz", Role.COACH)).token();
        BrowserlessPortal.stop();
        BrowserlessPortal.startAnonymous(context);
    }

    @AfterEach
    void closeVaadin() {
        BrowserlessPortal.stop();
    }

    @Test
    void the_invitee_sees_the_practice_and_their_email_and_creates_their_account() {
        UI.getCurrent().navigate("invite/" + token);

        assertThat(_get(H1.class).getText()).isEqualTo("Join Practice " + owner.practiceId());
        assertThat(com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).contains("You will sign in with " + email);
        var name = _get(TextField.class, spec -> spec.withLabel("Display name"));
        assertThat(name.getValue()).isEqualTo("Dana Diaz");
        _setValue(name, "Dana D.");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), "a-long-secret-1");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password again")), "a-long-secret-1");
        _click(_get(Button.class, spec -> spec.withText("Create my account")));

        NotificationsKt.expectNotifications("Welcome to Practice " + owner.practiceId() + ". Sign in with " + email
                + " and your new password.");
        assertThat(_find(LoginView.class)).hasSize(1);
        var dana = (CoachPrincipal) coaches.loadUserByUsername(email);
        assertThat(dana.displayName()).isEqualTo("Dana D.");
        assertThat(dana.practiceId()).isEqualTo(owner.practiceId());
        assertThat(passwordEncoder.matches("a-long-secret-1", dana.getPassword())).isTrue();
    }

    @Test
    void a_short_or_mistyped_password_is_shown_at_its_field_and_creates_nobody() {
        UI.getCurrent().navigate("invite/" + token);
        var password = _get(PasswordField.class, spec -> spec.withLabel("Password"));
        var again = _get(PasswordField.class, spec -> spec.withLabel("Password again"));

        _setValue(password, "a-long-secret-1");
        _setValue(again, "a-long-secret-2");
        _click(_get(Button.class, spec -> spec.withText("Create my account")));
        assertThat(again.isInvalid()).isTrue();
        assertThat(again.getErrorMessage()).isEqualTo("The two passwords differ.");

        _setValue(password, "short");
        _setValue(again, "short");
        _click(_get(Button.class, spec -> spec.withText("Create my account")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Password must have at least 10 characters.");
        assertThat(sql.fetchCount(COACH, COACH.EMAIL.eq(email))).isZero();
    }

    @Test
    void a_used_link_shows_a_friendly_page_instead_of_the_form() {
        invitations.accept(token, "Dana Diaz", "a-long-secret-1");

        UI.getCurrent().navigate("invite/" + token);

        assertThat(_get(H1.class).getText()).isEqualTo("This link is no longer valid");
        assertThat(_find(PasswordField.class)).isEmpty();
    }

    @Test
    void a_link_used_in_another_tab_meanwhile_shows_the_friendly_page_on_accepting() {
        UI.getCurrent().navigate("invite/" + token);
        invitations.accept(token, "Dana In Another Tab", "a-long-secret-1");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), "a-long-secret-2");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password again")), "a-long-secret-2");
        _click(_get(Button.class, spec -> spec.withText("Create my account")));

        assertThat(_get(H1.class).getText()).isEqualTo("This link is no longer valid");
        assertThat(sql.fetchCount(COACH, COACH.EMAIL.eq(email))).isEqualTo(1);
    }

    @Test
    void an_expired_link_shows_the_friendly_page() {
        clock.advance(Duration.ofDays(7));

        UI.getCurrent().navigate("invite/" + token);

        assertThat(_get(H1.class).getText()).isEqualTo("This link is no longer valid");
    }

    @Test
    @CrossPracticeProbe(routes = "invite/:token")
    void another_practices_invitation_opened_by_its_id_or_a_made_up_token_shows_nothing_of_it() {
        BrowserlessPortal.stop();
        BrowserlessPortal.start(context, owner);
        UUID invitationId = invitations.pending().getFirst().id();
        BrowserlessPortal.stop();
        var data = new TestData(sql);
        BrowserlessPortal.start(context, data.coach(data.practice(), Role.OWNER));

        for (String guess : new String[] {invitationId.toString(), "made-up-token", token + "x"}) {
            UI.getCurrent().navigate("invite/" + guess);
            assertThat(_get(H1.class).getText()).isEqualTo("This link is no longer valid");
            assertThat(com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).doesNotContain(email, "Dana Diaz",
                    owner.practiceId().toString());
        }
        assertThat(invitations.open(token)).isPresent();
    }
}
