package app.debrief.templates;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static app.debrief.templates.CheckId.CONCISE;
import static app.debrief.templates.CheckId.NOT_CONTESTING;
import static app.debrief.templates.CheckId.NO_PRESSURE;
import static app.debrief.templates.CheckId.PERSONAL;
import static app.debrief.templates.CheckId.SPECIFIC_QUESTION;
import static app.debrief.templates.CheckId.THANKS_EMPLOYER;
import static app.debrief.templates.CheckId.WANTS_TO_IMPROVE;
import static app.debrief.templates.Outcome.NOT_APPLICABLE;
import static app.debrief.templates.Outcome.PASS;
import static app.debrief.templates.Outcome.WARN;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules one at a time; {@link CourtesyCorpusTest} checks whole messages. */
class CourtesyCheckerTest {

    @ParameterizedTest
    @ValueSource(strings = {"No thanks.", "No, thanks.", "No thank you.", "Thanks for nothing.",
        "Thanks a lot for wasting my time.", "Thanks but no thanks.", "Thanks, I guess.",
        "I don't appreciate the silence.", "I would appreciate a reply.", "Thanks in advance."})
    void look_alikes_do_not_count_as_thanks(String sentence) {
        assertThat(outcome(TemplateKind.EMAIL, sentence, THANKS_EMPLOYER)).isEqualTo(WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thank you for your time.", "Thanks again.", "I'm grateful for the chance.",
        "I really appreciated meeting the team.", "I can't thank you enough.",
        "I didn't expect a call, but thank you for it."})
    void sincere_thanks_counts(String sentence) {
        assertThat(outcome(TemplateKind.EMAIL, sentence, THANKS_EMPLOYER)).isEqualTo(PASS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm not contesting the decision.", "I respect your decision.",
        "I understand and accept your decision.", "I'm not asking you to reconsider.",
        "I won't argue with it.", "I fully understand."})
    void accepting_the_decision_counts_as_not_contesting(String sentence) {
        assertThat(outcome(TemplateKind.EMAIL, sentence, NOT_CONTESTING)).isEqualTo(PASS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I don't accept your decision.", "I can't respect that decision.",
        "I respect your decision, but I disagree.", "I accept the outcome, yet I was the best candidate.",
        "I understand your decision. Please reconsider."})
    void refusing_or_arguing_is_contesting(String sentence) {
        assertThat(outcome(TemplateKind.EMAIL, sentence, NOT_CONTESTING)).isEqualTo(WARN);
    }

    @Test
    void a_negated_acceptance_is_explained_with_its_words() {
        CheckResult result = CourtesyChecker.check(TemplateKind.EMAIL, null, body("I don't accept your decision."))
                .result(NOT_CONTESTING);
        assertThat(result.evidence()).contains("don't accept your decision");
        assertThat(result.explanation()).contains("argues with the decision");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Why was I rejected?", "Please explain why I was not selected.", "I disagree.",
        "I'd like you to reconsider.", "This was unfair.", "I deserve an answer.", "I demand a reply.",
        "Please reply as soon as possible.", "Why didn't you hire me?", "I don't understand why you chose him."})
    void demands_arguments_and_pressure_warn(String sentence) {
        assertThat(outcome(TemplateKind.FOLLOW_UP, sentence, NO_PRESSURE)).isEqualTo(WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm not asking you to reconsider.", "You don't need to explain why.",
        "I'm not saying you made a mistake.", "I don't disagree with your reasons."})
    void pressure_words_ruled_out_by_a_negation_pass(String sentence) {
        CheckResult result = CourtesyChecker.check(TemplateKind.EMAIL, null, body(sentence)).result(NO_PRESSURE);
        assertThat(result.outcome()).isEqualTo(PASS);
        assertThat(result.explanation()).contains("only to rule it out");
    }

    @Test
    void pressure_in_the_subject_counts_but_a_question_in_the_subject_does_not() {
        CourtesyReport report = CourtesyChecker.check(TemplateKind.EMAIL, "Why was I rejected? What is one skill to improve?",
                body("Thank you."));
        assertThat(report.result(NO_PRESSURE).outcome()).isEqualTo(WARN);
        assertThat(report.result(SPECIFIC_QUESTION).outcome()).isEqualTo(WARN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Any thoughts?", "Could you share any feedback?", "Is there anything else?"})
    void vague_questions_do_not_count_as_specific(String sentence) {
        CheckResult result = CourtesyChecker.check(TemplateKind.EMAIL, null, body(sentence)).result(SPECIFIC_QUESTION);
        assertThat(result.outcome()).isEqualTo(WARN);
        assertThat(result.explanation()).contains("too general");
    }

    @ParameterizedTest
    @ValueSource(strings = {"What is one area I could strengthen?",
        "Would you be willing to share which part of the case study was weakest.",
        "I'd be grateful if you could point me to two skills to work on.", "How could I prepare better for the {{role}} interview?",
        "Could you share what the panel looked for on {{interview_date}}?"})
    void specific_questions_and_polite_requests_count(String sentence) {
        assertThat(outcome(TemplateKind.EMAIL, sentence, SPECIFIC_QUESTION)).isEqualTo(PASS);
    }

    @Test
    void wanting_to_improve_must_be_about_the_candidate() {
        assertThat(outcome(TemplateKind.EMAIL, "I want to improve.", WANTS_TO_IMPROVE)).isEqualTo(PASS);
        assertThat(outcome(TemplateKind.EMAIL, "Your process could improve.", WANTS_TO_IMPROVE)).isEqualTo(WARN);
        assertThat(outcome(TemplateKind.EMAIL, "I don't need to improve.", WANTS_TO_IMPROVE)).isEqualTo(WARN);
        assertThat(outcome(TemplateKind.EMAIL, "I was sad to learn the news.", WANTS_TO_IMPROVE)).isEqualTo(WARN);
    }

    @Test
    void the_interviewer_name_or_a_personal_note_or_a_personal_line_is_personal() {
        assertThat(outcome(TemplateKind.THANKS, "Dear {{interviewer_name|team}},", PERSONAL)).isEqualTo(PASS);
        assertThat(outcome(TemplateKind.THANKS, "{{personal_note}}", PERSONAL)).isEqualTo(PASS);
        assertThat(outcome(TemplateKind.THANKS, "I enjoyed our talk about maps.", PERSONAL)).isEqualTo(PASS);
        assertThat(outcome(TemplateKind.THANKS, "Dear Sir or Madam,", PERSONAL)).isEqualTo(WARN);
        assertThat(outcome(TemplateKind.THANKS, "I didn't enjoy our conversation.", PERSONAL)).isEqualTo(WARN);
    }

    @Test
    void placeholders_are_read_as_names_so_a_sample_value_never_passes_a_check() {
        CheckResult result = CourtesyChecker.check(TemplateKind.EMAIL, null, body("{{personal_note}}"))
                .result(THANKS_EMPLOYER);
        assertThat(result.outcome()).isEqualTo(WARN);
    }

    @Test
    void word_limits_count_rendered_sample_values_at_the_limit_and_one_over() {
        String wordsBeforeName = "word ".repeat(148);
        assertThat(outcome(TemplateKind.EMAIL, wordsBeforeName + "{{my_name}}", CONCISE)).isEqualTo(PASS);
        assertThat(outcome(TemplateKind.EMAIL, wordsBeforeName + "word {{my_name}}", CONCISE)).isEqualTo(WARN);
        assertThat(CourtesyChecker.check(TemplateKind.EMAIL, null, body(wordsBeforeName + "word {{my_name}}"))
                .result(CONCISE).explanation()).isEqualTo("151 words, over the 150 allowed for emails: cut about 1.");
    }

    @Test
    void phone_scripts_count_spoken_words_only_and_checks_ignore_stage_directions() {
        String script = "[" + "pause ".repeat(100) + "and do not say thank you]\n" + "word ".repeat(80);
        CourtesyReport report = CourtesyChecker.check(TemplateKind.PHONE, null, body(script));
        assertThat(report.result(CONCISE).outcome()).isEqualTo(PASS);
        assertThat(report.result(THANKS_EMPLOYER).outcome()).isEqualTo(WARN);
    }

    @Test
    void every_check_is_reported_in_order_and_those_the_table_excludes_are_not_applicable() {
        CourtesyReport phone = CourtesyChecker.check(TemplateKind.PHONE, null, body("Thank you."));
        assertThat(phone.results()).extracting(CheckResult::id).containsExactly(CheckId.values());
        assertThat(phone.result(PERSONAL).outcome()).isEqualTo(NOT_APPLICABLE);
        assertThat(phone.result(PERSONAL).explanation()).isEqualTo("Not checked for phone scripts.");

        CourtesyReport thanks = CourtesyChecker.check(TemplateKind.THANKS, "Thanks", body("Thank you, {{interviewer_name}}."));
        assertThat(thanks.results()).filteredOn(result -> result.outcome() == NOT_APPLICABLE)
                .extracting(CheckResult::id).containsExactly(NOT_CONTESTING, WANTS_TO_IMPROVE, SPECIFIC_QUESTION);
        assertThat(thanks.hasWarnings()).isFalse();

        CourtesyReport followUp = CourtesyChecker.check(TemplateKind.FOLLOW_UP, null, body("Hello."));
        assertThat(followUp.result(NOT_CONTESTING).outcome()).isEqualTo(NOT_APPLICABLE);
        assertThat(followUp.warnings()).extracting(CheckResult::id)
                .containsExactly(THANKS_EMPLOYER, WANTS_TO_IMPROVE, PERSONAL, SPECIFIC_QUESTION);
    }

    private static Outcome outcome(TemplateKind kind, String body, CheckId id) {
        return CourtesyChecker.check(kind, null, body(body)).result(id).outcome();
    }

    private static List<Segment> body(String source) {
        return ((ParseResult.Parsed) TemplateParser.parse(source)).segments();
    }
}
