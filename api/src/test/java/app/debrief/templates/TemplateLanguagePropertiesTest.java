package app.debrief.templates;

import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import app.debrief.templates.ParseResult.Failed;
import app.debrief.templates.ParseResult.Parsed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Property tests over seeded random input, one dynamic test per seed so a failure names the seed that
 * reproduces it. jqwik would add shrinking, but since 1.10 its maintainer asks that it not be used by
 * AI coding agents (its "Anti-AI Usage Clause"), and these tests were written by one; plain JUnit
 * keeps the same properties without it.
 */
class TemplateLanguagePropertiesTest {

    private static final int TRIES = 500;

    @TestFactory
    Stream<DynamicTest> printed_segments_parse_back_to_the_same_segments() {
        return seeds().mapToObj(seed -> dynamicTest("seed " + seed, () -> {
            List<Segment> segments = new TemplateGenerator(seed).segments();
            String source = TemplatePrinter.print(segments);

            assertThat(TemplateParser.parse(source))
                    .as("source %s", source)
                    .isEqualTo(new Parsed(TemplateGenerator.normalised(segments)));
        }));
    }

    @TestFactory
    Stream<DynamicTest> any_source_parses_or_yields_errors_that_point_inside_it() {
        return seeds().mapToObj(seed -> dynamicTest("seed " + seed, () -> {
            String source = new TemplateGenerator(seed).source();

            assertThatCode(() -> TemplateParser.parse(source)).as("source %s", source).doesNotThrowAnyException();
            switch (TemplateParser.parse(source)) {
                case Parsed parsed -> assertThat(TemplateParser.parse(TemplatePrinter.print(parsed.segments())))
                        .as("reprint of %s", source).isEqualTo(parsed);
                case Failed failed -> assertPointInside(source, failed.errors());
            }
        }));
    }

    private static void assertPointInside(String source, List<ParseError> errors) {
        String[] lines = source.split("\r\n|\r|\n", -1);
        for (ParseError error : errors) {
            assertThat(error.line()).as("line of %s in %s", error, source).isBetween(1, lines.length);
            String line = lines[error.line() - 1];
            assertThat(error.column()).as("column of %s in %s", error, source)
                    .isBetween(1, line.codePointCount(0, line.length()));
            assertThat(error.message()).isNotBlank();
        }
    }

    private static LongStream seeds() {
        return LongStream.range(0, TRIES).map(i -> 0x5EED_0000L + i);
    }
}
