package app.debrief.accounts;

import static app.debrief.db.jooq.Tables.COACH;
import static app.debrief.db.jooq.Tables.COACH_INVITATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import app.debrief.base.NotFoundException;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.MutableClock;
import app.debrief.testsupport.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class InvitationServiceIT {

    @Autowired
    InvitationService invitations;

    @Autowired
    CoachDetailsService coaches;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MutableClock clock;

    @Autowired
    DSLContext sql;

    private CoachPrincipal owner;
    private String email;

    @BeforeEach
    void anOwner() {
        var data = new TestData(sql);
        owner = data.coach(data.practice(), Role.OWNER);
        email = "new-" + UUID.randomUUID() + "@example.com";
        TestData.signIn(owner);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void an_accepted_invitation_creates_a_coach_who_can_sign_in_with_the_chosen_password() {
        IssuedLink link = invitations.invite(new InvitationDraft(" " + email.toUpperCase() + " ", "Dana Diaz", Role.COACH));

        assertThat(link.token()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(link.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
        assertThat(invitations.pending()).singleElement().satisfies(pending -> {
            assertThat(pending.email()).isEqualTo(email);
            assertThat(pending.displayName()).isEqualTo("Dana Diaz");
            assertThat(pending.invitedBy()).isEqualTo(owner.displayName());
        });
        assertThat(sql.fetchValue(COACH_INVITATION.TOKEN_HASH, COACH_INVITATION.EMAIL.eq(email)))
                .isEqualTo(Tokens.sha256(link.token())).isNotEqualTo(link.token());

        TestData.signOut();
        assertThat(invitations.open(link.token())).hasValueSatisfying(details -> {
            assertThat(details.practiceName()).startsWith("Practice ");
            assertThat(details.email()).isEqualTo(email);
            assertThat(details.displayName()).isEqualTo("Dana Diaz");
        });
        invitations.accept(link.token(), "Dana D.", "a-long-secret-1");

        var dana = (CoachPrincipal) coaches.loadUserByUsername(email);
        assertThat(dana.practiceId()).isEqualTo(owner.practiceId());
        assertThat(dana.displayName()).isEqualTo("Dana D.");
        assertThat(dana.role()).isEqualTo(Role.COACH);
        assertThat(passwordEncoder.matches("a-long-secret-1", dana.getPassword())).isTrue();
        TestData.signIn(owner);
        assertThat(invitations.pending()).isEmpty();
    }

    @Test
    void an_owner_can_be_invited_as_an_owner() {
        IssuedLink link = invitations.invite(new InvitationDraft(email, "Second Owner", Role.OWNER));

        invitations.accept(link.token(), "Second Owner", "a-long-secret-1");

        assertThat(((CoachPrincipal) coaches.loadUserByUsername(email)).isOwner()).isTrue();
    }

    @Test
    void a_link_works_once() {
        IssuedLink link = invitations.invite(new InvitationDraft(email, "Dana Diaz", Role.COACH));
        invitations.accept(link.token(), "Dana Diaz", "a-long-secret-1");

        assertThat(invitations.open(link.token())).isEmpty();
        assertThatThrownBy(() -> invitations.accept(link.token(), "Someone Else", "another-secret-2"))
                .isInstanceOf(LinkNoLongerValidException.class)
                .hasMessage("This link is no longer valid. Ask your practice owner for a new one.");
        assertThat(coachesWithEmail()).isEqualTo(1);
        assertThat(((CoachPrincipal) coaches.loadUserByUsername(email)).displayName()).isEqualTo("Dana Diaz");
    }

    @Test
    void a_link_expires_after_seven_days() {
        IssuedLink link = invitations.invite(new InvitationDraft(email, "Dana Diaz", Role.COACH));

        clock.advance(Duration.ofDays(7).minusSeconds(1));
        assertThat(invitations.open(link.token())).isPresent();
        clock.advance(Duration.ofSeconds(1));

        assertThat(invitations.open(link.token())).isEmpty();
        assertThatThrownBy(() -> invitations.accept(link.token(), "Dana Diaz", "a-long-secret-1"))
                .isInstanceOf(LinkNoLongerValidException.class);
        assertThat(coachesWithEmail()).isZero();
        assertThat(invitations.pending()).isEmpty();
    }

    @Test
    void a_revoked_link_no_longer_works() {
        IssuedLink link = invitations.invite(new InvitationDraft(email, "Dana Diaz", Role.COACH));

        invitations.revoke(invitations.pending().getFirst().id());

        assertThat(invitations.pending()).isEmpty();
        assertThat(invitations.open(link.token())).isEmpty();
        assertThatThrownBy(() -> invitations.accept(link.token(), "Dana Diaz", "a-long-secret-1"))
                .isInstanceOf(LinkNoLongerValidException.class);
        assertThat(coachesWithEmail()).isZero();
    }

    @Test
    void of_two_simultaneous_accepts_exactly_one_creates_the_coach() throws Exception {
        IssuedLink link = invitations.invite(new InvitationDraft(email, "Dana Diaz", Role.COACH));
        TestData.signOut();
        var barrier = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (String name : List.of("First Tab", "Second Tab")) {
                outcomes.add(threads.submit(() -> {
                    barrier.await();
                    try {
                        invitations.accept(link.token(), name, "a-long-secret-1");
                        return "accepted";
                    } catch (LinkNoLongerValidException e) {
                        return "no longer valid";
                    }
                }));
            }
            var results = new ArrayList<String>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).containsExactlyInAnyOrder("accepted", "no longer valid");
        } finally {
            threads.shutdownNow();
        }
        assertThat(coachesWithEmail()).isEqualTo(1);
    }

    @Test
    void an_email_used_by_a_coach_or_a_pending_invitation_is_refused_at_the_email_field() {
        invitations.invite(new InvitationDraft(email, "Dana Diaz", Role.COACH));

        assertThatThrownBy(() -> invitations.invite(new InvitationDraft(email, "Dana Again", Role.COACH)))
                .isInstanceOfSatisfying(InvalidAccountFieldsException.class, e -> assertThat(e.problemsByField())
                        .containsEntry(AccountField.EMAIL, "Email is already used by a coach or a pending invitation."));
        assertThatThrownBy(() -> invitations.invite(new InvitationDraft(owner.getUsername(), "Me", Role.COACH)))
                .isInstanceOfSatisfying(InvalidAccountFieldsException.class, e -> assertThat(e.problemsByField())
                        .containsEntry(AccountField.EMAIL, "Email is already used by a coach or a pending invitation."));
        assertThat(invitations.pending()).hasSize(1);
    }

    @Test
    void a_revoked_or_expired_invitation_frees_its_email_again() {
        invitations.invite(new InvitationDraft(email, "Dana Diaz", Role.COACH));
        invitations.revoke(invitations.pending().getFirst().id());
        invitations.invite(new InvitationDraft(email, "Dana Diaz", Role.COACH));
        clock.advance(Duration.ofDays(8));

        invitations.invite(new InvitationDraft(email, "Dana Diaz", Role.COACH));

        assertThat(invitations.pending()).hasSize(1);
    }

    @Test
    void a_bad_email_a_missing_name_and_a_short_password_are_named() {
        assertThatThrownBy(() -> invitations.invite(new InvitationDraft("not-an-email", " ", Role.COACH)))
                .isInstanceOfSatisfying(InvalidAccountFieldsException.class, e -> assertThat(e.problemsByField())
                        .containsEntry(AccountField.EMAIL, "Email must be an address like name@example.com.")
                        .containsEntry(AccountField.DISPLAY_NAME, "Display name is required."));
        IssuedLink link = invitations.invite(new InvitationDraft(email, "Dana Diaz", Role.COACH));

        assertThatThrownBy(() -> invitations.accept(link.token(), "Dana Diaz", "short"))
                .isInstanceOfSatisfying(InvalidAccountFieldsException.class, e -> assertThat(e.problemsByField())
                        .containsEntry(AccountField.PASSWORD, "Password must have at least 10 characters."));
        assertThat(invitations.open(link.token())).isPresent();
    }

    @Test
    @CrossPracticeProbe(methods = {"InvitationService#invite", "InvitationService#pending", "InvitationService#revoke",
            "InvitationService#open", "InvitationService#accept"})
    void an_owner_of_another_practice_sees_and_changes_nothing_of_this_practices_invitations() {
        IssuedLink link = invitations.invite(new InvitationDraft(email, "Dana Diaz", Role.COACH));
        PendingInvitation theirs = invitations.pending().getFirst();
        var data = new TestData(sql);
        var intruder = data.coach(data.practice(), Role.OWNER);
        TestData.signIn(intruder);

        assertThat(invitations.pending()).isEmpty();
        assertThatThrownBy(() -> invitations.revoke(theirs.id())).isInstanceOf(NotFoundException.class);
        // what the intruder could know of the invitation (its id, its stored hash) is not its link
        String hash = sql.fetchValue(COACH_INVITATION.TOKEN_HASH, COACH_INVITATION.ID.eq(theirs.id()));
        assertThat(invitations.open(theirs.id().toString())).isEmpty();
        assertThat(invitations.open(hash)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(hash, "Intruder", "a-long-secret-1"))
                .isInstanceOf(LinkNoLongerValidException.class);
        // inviting the same person into the intruder's practice does not touch this one's invitation
        IssuedLink own = invitations.invite(new InvitationDraft("other-" + email, "Dana Diaz", Role.COACH));
        assertThat(invitations.pending()).extracting(PendingInvitation::email).containsExactly("other-" + email);

        TestData.signIn(owner);
        assertThat(invitations.pending()).extracting(PendingInvitation::id).containsExactly(theirs.id());
        assertThat(invitations.open(link.token())).isPresent();
        assertThat(own.token()).isNotEqualTo(link.token());
        assertThat(coachesWithEmail()).isZero();
    }

    private int coachesWithEmail() {
        return sql.fetchCount(COACH, COACH.EMAIL.eq(email));
    }
}
