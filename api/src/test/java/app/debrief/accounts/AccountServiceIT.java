package app.debrief.accounts;

import static app.debrief.db.jooq.Tables.COACH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class AccountServiceIT {

    @Autowired
    AccountService account;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    DSLContext sql;

    private CoachPrincipal coach;

    @BeforeEach
    void aCoachWithAPassword() {
        var data = new TestData(sql);
        coach = data.coach(data.practice(), Role.COACH);
        sql.update(COACH).set(COACH.PASSWORD_HASH, passwordEncoder.encode("the-current-one"))
                .where(COACH.ID.eq(coach.coachId())).execute();
        TestData.signIn(coach);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void a_coach_sees_their_own_account() {
        assertThat(account.me()).isEqualTo(new MyAccount(coach.getUsername(), coach.displayName(), Role.COACH,
                "Practice " + coach.practiceId()));
    }

    @Test
    void a_coach_renames_themselves() {
        account.rename("  Dana Diaz ");

        assertThat(account.me().displayName()).isEqualTo("Dana Diaz");
        assertThatThrownBy(() -> account.rename(" "))
                .isInstanceOfSatisfying(InvalidAccountFieldsException.class, e -> assertThat(e.problemsByField())
                        .containsEntry(AccountField.DISPLAY_NAME, "Display name is required."));
        assertThat(account.me().displayName()).isEqualTo("Dana Diaz");
    }

    @Test
    void a_new_password_needs_the_current_one() {
        assertThatThrownBy(() -> account.changePassword("a-wrong-guess", "another-password"))
                .isInstanceOfSatisfying(InvalidAccountFieldsException.class, e -> assertThat(e.problemsByField())
                        .containsOnlyKeys(AccountField.CURRENT_PASSWORD));
        assertThatThrownBy(() -> account.changePassword("the-current-one", "short"))
                .isInstanceOfSatisfying(InvalidAccountFieldsException.class, e -> assertThat(e.problemsByField())
                        .containsEntry(AccountField.PASSWORD, "Password must have at least 10 characters."));
        assertThat(passwordEncoder.matches("the-current-one", passwordOf(coach))).isTrue();

        account.changePassword("the-current-one", "another-password");

        assertThat(passwordEncoder.matches("another-password", passwordOf(coach))).isTrue();
    }

    @Test
    void nobody_signed_in_has_no_account() {
        TestData.signOut();

        assertThatThrownBy(() -> account.me()).isInstanceOfAny(AccessDeniedException.class,
                AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> account.rename("X")).isInstanceOfAny(AccessDeniedException.class,
                AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @CrossPracticeProbe(methods = {"AccountService#me", "AccountService#rename", "AccountService#changePassword"})
    void a_coach_changes_only_their_own_account_even_with_another_practices_ids_in_their_session() {
        var data = new TestData(sql);
        var other = data.coach(data.practice(), Role.OWNER);
        String othersHash = passwordOf(other);
        // a forged principal: this practice, the other practice's coach id
        var forged = new CoachPrincipal(other.coachId(), coach.practiceId(), coach.getUsername(), "Forged",
                Role.COACH, true, "");
        TestData.signIn(forged);

        assertThatThrownBy(() -> account.me()).isInstanceOf(app.debrief.base.NotFoundException.class);
        account.rename("Hijacked");
        assertThatThrownBy(() -> account.changePassword("unused", "a-long-password"))
                .isInstanceOf(app.debrief.base.NotFoundException.class);

        assertThat(sql.fetchValue(COACH.DISPLAY_NAME, COACH.ID.eq(other.coachId()))).isEqualTo(other.displayName());
        assertThat(passwordOf(other)).isEqualTo(othersHash);
        TestData.signIn(coach);
        assertThat(account.me().displayName()).isEqualTo(coach.displayName());
    }

    private String passwordOf(CoachPrincipal someone) {
        return sql.fetchValue(COACH.PASSWORD_HASH, COACH.ID.eq(someone.coachId()));
    }
}
