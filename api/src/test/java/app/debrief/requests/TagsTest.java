package app.debrief.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;

import app.debrief.base.InvalidInputException;
import org.junit.jupiter.api.Test;

class TagsTest {

    @Test
    void the_same_theme_typed_differently_is_one_tag() {
        assertThat(Tags.normaliseAll("Strengths", List.of("  Technical   Skills ", "technical skills", "TEAMWORK", " ")))
                .containsExactly("technical skills", "teamwork");
    }

    @Test
    void an_over_long_tag_or_too_many_are_refused_naming_the_field() {
        assertThatThrownBy(() -> Tags.normaliseAll("To improve", List.of("x".repeat(41))))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("To improve: a tag has at most 40");
        var many = new java.util.ArrayList<String>();
        for (int i = 0; i < 11; i++) {
            many.add("tag " + i);
        }
        assertThatThrownBy(() -> Tags.normaliseAll("Strengths", many))
                .isInstanceOf(InvalidInputException.class).hasMessage("Strengths: at most 10 tags.");
        assertThat(Tags.normaliseAll("Strengths", Collections.nCopies(20, "same"))).containsExactly("same");
    }

    @Test
    void the_starter_tags_are_stored_as_they_would_be_typed() {
        assertThat(Tags.STARTER_STRENGTHS).allSatisfy(tag -> assertThat(Tags.normalise(tag)).isEqualTo(tag));
        assertThat(Tags.STARTER_TO_IMPROVE).allSatisfy(tag -> assertThat(Tags.normalise(tag)).isEqualTo(tag));
    }
}
