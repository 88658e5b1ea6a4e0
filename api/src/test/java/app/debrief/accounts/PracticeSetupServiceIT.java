package app.debrief.accounts;

import static app.debrief.db.jooq.Tables.COACH;
import static app.debrief.db.jooq.Tables.PRACTICE;
import static app.debrief.db.jooq.Tables.TEMPLATE;
import static app.debrief.db.jooq.Tables.TEMPLATE_LIBRARY;
import static app.debrief.db.jooq.Tables.TEMPLATE_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import app.debrief.templates.TemplateKind;
import app.debrief.templates.TemplateReview;
import app.debrief.templates.TemplateStatus;
import app.debrief.testsupport.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

/** Each test gets an empty database of its own: set-up is a once-per-installation event. */
@IntegrationTest(properties = "debrief.test.database=fresh")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class PracticeSetupServiceIT {

    @Autowired
    PracticeSetupService setup;

    @Autowired
    DSLContext sql;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void creates_the_practice_and_its_owner_with_a_hashed_password() {
        assertThat(setup.isSetUp()).isFalse();

        var practiceId = setup.setUp(valid("Owner@Example.com"));

        assertThat(setup.isSetUp()).isTrue();
        assertThat(sql.fetchValue(PRACTICE.NAME, PRACTICE.ID.eq(practiceId))).isEqualTo("Brightpath Coaching");
        var owner = sql.selectFrom(COACH).where(COACH.PRACTICE_ID.eq(practiceId)).fetchSingle();
        assertThat(owner.getEmail()).isEqualTo("owner@example.com");
        assertThat(owner.getRole()).isEqualTo(Role.OWNER);
        assertThat(owner.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("correct horse");
        assertThat(passwordEncoder.matches("correct horse battery", owner.getPasswordHash())).isTrue();
    }

    @Test
    void a_new_practice_starts_with_the_published_starter_library_whose_templates_pass_their_checks() {
        var practiceId = setup.setUp(valid("starter@example.com"));

        var library = sql.selectFrom(TEMPLATE_LIBRARY).where(TEMPLATE_LIBRARY.PRACTICE_ID.eq(practiceId)).fetchSingle();
        assertThat(library.getName()).isEqualTo("Debrief starter");
        assertThat(library.getStarter()).isTrue();
        var versions = sql.select(TEMPLATE.KIND, TEMPLATE.STATUS, TEMPLATE_VERSION.SUBJECT, TEMPLATE_VERSION.BODY)
                .from(TEMPLATE).join(TEMPLATE_VERSION).on(TEMPLATE_VERSION.TEMPLATE_ID.eq(TEMPLATE.ID))
                .where(TEMPLATE.LIBRARY_ID.eq(library.getId()))
                .fetch();
        assertThat(versions).hasSizeGreaterThanOrEqualTo(8);
        assertThat(versions).extracting(r -> r.value1()).contains(TemplateKind.EMAIL, TemplateKind.FOLLOW_UP,
                TemplateKind.PHONE, TemplateKind.THANKS);
        versions.forEach(version -> {
            assertThat(version.value2()).isEqualTo(TemplateStatus.PUBLISHED);
            var review = TemplateReview.of(version.value1(), version.value3(), version.value4());
            assertThat(review.blocksPublishing()).isFalse();
            assertThat(review.warnings()).as(version.value4()).isEmpty();
        });
    }

    @Test
    void a_second_set_up_is_refused_and_changes_nothing() {
        setup.setUp(valid("first@example.com"));

        assertThatThrownBy(() -> setup.setUp(valid("intruder@example.com")))
                .isInstanceOf(SetupAlreadyDoneException.class);
        assertThat(sql.fetchCount(PRACTICE)).isEqualTo(1);
        assertThat(sql.fetchCount(COACH, COACH.EMAIL.eq("intruder@example.com"))).isZero();
    }

    @Test
    void two_set_ups_at_the_same_moment_create_one_practice() throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        List<Future<Object>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String email = "racer" + i + "@example.com";
            attempts.add(pool.submit((Callable<Object>) () -> setup.setUp(valid(email))));
        }
        int succeeded = 0;
        for (var attempt : attempts) {
            try {
                attempt.get();
                succeeded++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOfAny(SetupAlreadyDoneException.class,
                        org.springframework.dao.DataAccessException.class);
            }
        }
        pool.shutdown();

        assertThat(succeeded).isEqualTo(1);
        assertThat(sql.fetchCount(PRACTICE)).isEqualTo(1);
        assertThat(sql.fetchCount(COACH)).isEqualTo(1);
    }

    @Test
    void bad_input_is_refused_with_every_reason_and_nothing_is_written() {
        var bad = new NewPractice(" ", "Mars/Olympus", "", "not-an-email", "short");

        assertThatThrownBy(() -> setup.setUp(bad))
                .isInstanceOfSatisfying(InvalidAccountException.class, e -> assertThat(e.problems()).containsExactly(
                        "Practice name is required.",
                        "Your name is required.",
                        "Email must be an address like name@example.com.",
                        "Password must have at least 10 characters.",
                        "Time zone is not a known zone such as Europe/Paris."));
        assertThat(setup.isSetUp()).isFalse();
        assertThat(sql.fetchCount(PRACTICE)).isZero();
    }

    private static NewPractice valid(String email) {
        return new NewPractice("Brightpath Coaching", "Europe/Berlin", "Ada Owner", email, "correct horse battery");
    }
}
