package app.debrief.templates;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every sample in {@code templates/courtesy-corpus} states the expected outcome of every check. A file is a
 * header of {@code key: value} lines ({@code kind}, optional {@code subject}, {@code expect.<check id>} for
 * every {@link CheckId}, optional {@code note}), a blank line, then the body in template source.
 */
class CourtesyCorpusTest {

    private static final String CORPUS = "/templates/courtesy-corpus";

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void each_sample_gets_its_expected_outcome_for_every_check(Path file) throws IOException {
        Sample sample = Sample.read(file);
        CourtesyReport report = CourtesyChecker.check(sample.kind(), sample.subject(), sample.body());

        List<String> mismatches = new ArrayList<>();
        sample.expected().forEach((id, expected) -> {
            CheckResult actual = report.result(id);
            if (actual.outcome() != expected) {
                mismatches.add(id + ": expected " + expected + " but was " + actual.outcome() + " because \""
                        + actual.explanation() + "\" evidence " + actual.evidence());
            }
        });
        assertThat(mismatches).as("%s (%s)", file.getFileName(), sample.note()).isEmpty();
    }

    @Test
    void the_corpus_has_at_least_36_samples_good_and_bad_of_every_kind() {
        List<Sample> all = samples().map(CourtesyCorpusTest::read).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(36);
        for (TemplateKind kind : TemplateKind.values()) {
            List<Sample> ofKind = all.stream().filter(sample -> sample.kind() == kind).toList();
            assertThat(ofKind).as("%s samples", kind).hasSizeGreaterThanOrEqualTo(4)
                    .anyMatch(sample -> !sample.expected().containsValue(Outcome.WARN))
                    .anyMatch(sample -> sample.expected().containsValue(Outcome.WARN));
        }
    }

    static Stream<Path> samples() {
        try {
            Path folder = Path.of(CourtesyCorpusTest.class.getResource(CORPUS).toURI());
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(path -> path.toString().endsWith(".txt")).sorted().toList().stream();
            }
        } catch (IOException | URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("cannot list " + CORPUS, e);
        }
    }

    private static Sample read(Path file) {
        try {
            return Sample.read(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record Sample(TemplateKind kind, String subject, List<Segment> body, Map<CheckId, Outcome> expected, String note) {

        static Sample read(Path file) throws IOException {
            String content = Files.readString(file).replace("\r\n", "\n");
            int blank = content.indexOf("\n\n");
            if (blank < 0) {
                fail(file + ": no blank line between header and body");
            }
            Map<String, String> header = new LinkedHashMap<>();
            for (String line : content.substring(0, blank).split("\n")) {
                int colon = line.indexOf(':');
                header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
            Map<CheckId, Outcome> expected = new EnumMap<>(CheckId.class);
            for (CheckId id : CheckId.values()) {
                String value = header.get("expect." + id.name().toLowerCase(Locale.ROOT));
                if (value == null) {
                    fail(file.getFileName() + ": no expect." + id.name().toLowerCase(Locale.ROOT));
                }
                expected.put(id, Outcome.valueOf(value));
            }
            ParseResult body = TemplateParser.parse(content.substring(blank + 2));
            if (!(body instanceof ParseResult.Parsed parsed)) {
                throw new AssertionError(file.getFileName() + ": body does not parse: " + body);
            }
            return new Sample(TemplateKind.valueOf(header.get("kind")), header.get("subject"), parsed.segments(),
                    expected, header.getOrDefault("note", ""));
        }
    }
}
