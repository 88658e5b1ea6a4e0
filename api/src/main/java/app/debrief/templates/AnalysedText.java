package app.debrief.templates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What the checks read: sentences of subject and body, with each placeholder kept as {@code {{name}}}
 * rather than a sample value, so a sample can never make a check pass (a personal note that happens
 * to say "thank you" must not thank the employer on the author's behalf).
 *
 * <p>Several checks ask about the same phrase lists (the pressure lists feed three of them), so each
 * list is scanned once per text. One instance serves one {@link CourtesyChecker#check} call only.
 */
final class AnalysedText {

    /** A line break ends a sentence too: greetings and sign-offs stand on their own lines. */
    private static final Pattern SENTENCE_END = Pattern.compile("\\n+|(?<=[.!?])\\s+");
    private static final Pattern STAGE_DIRECTION = Pattern.compile("\\[[^\\]\\n]*]");

    private final TemplateKind kind;
    private final List<Sentence> sentences;
    private final List<Sentence> bodySentences;
    private final List<Segment> body;
    private final Map<CueList, List<CueMatch>> found = new IdentityHashMap<>();

    private AnalysedText(TemplateKind kind, List<Sentence> sentences, List<Segment> body) {
        this.kind = kind;
        this.sentences = sentences;
        this.bodySentences = sentences.stream().filter(sentence -> !sentence.inSubject()).toList();
        this.body = body;
    }

    static AnalysedText of(TemplateKind kind, @Nullable String subject, List<Segment> body) {
        List<Sentence> sentences = new ArrayList<>();
        if (subject != null) {
            split(subject, true, sentences);
        }
        String bodyText = placeholdersAsNames(body);
        split(kind == TemplateKind.PHONE ? withoutStageDirections(bodyText) : bodyText, false, sentences);
        return new AnalysedText(kind, List.copyOf(sentences), List.copyOf(body));
    }

    /** "[Pause and listen.]" is advice to the caller, not words said to the interviewer. */
    static String withoutStageDirections(String script) {
        return STAGE_DIRECTION.matcher(script).replaceAll(" ");
    }

    TemplateKind kind() {
        return kind;
    }

    List<Segment> body() {
        return body;
    }

    List<Sentence> sentences() {
        return sentences;
    }

    List<Sentence> bodySentences() {
        return bodySentences;
    }

    /** Matches of the list in subject and body. */
    List<CueMatch> find(CueList list) {
        return found.computeIfAbsent(list, key -> key.findIn(sentences));
    }

    List<CueMatch> find(Collection<CueList> lists) {
        List<CueMatch> all = new ArrayList<>();
        lists.forEach(list -> all.addAll(find(list)));
        return all;
    }

    List<CueMatch> findInBody(CueList list) {
        return find(list).stream().filter(match -> !match.sentence().inSubject()).toList();
    }

    List<CueMatch> findInBody(Collection<CueList> lists) {
        return find(lists).stream().filter(match -> !match.sentence().inSubject()).toList();
    }

    boolean uses(Placeholder placeholder) {
        return body.stream().anyMatch(segment -> switch (segment) {
            case Segment.Variable variable -> variable.name().equals(placeholder.key());
            case Segment.Fallback fallback -> fallback.name().equals(placeholder.key());
            case Segment.Text ignored -> false;
        });
    }

    private static String placeholdersAsNames(List<Segment> body) {
        StringBuilder text = new StringBuilder();
        for (Segment segment : body) {
            text.append(switch (segment) {
                case Segment.Text literal -> literal.text();
                case Segment.Variable variable -> "{{" + variable.name() + "}}";
                case Segment.Fallback fallback -> "{{" + fallback.name() + "}}";
            });
        }
        return text.toString();
    }

    private static void split(String text, boolean inSubject, List<Sentence> into) {
        String plain = text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'');
        for (String piece : SENTENCE_END.split(plain)) {
            String sentence = piece.strip();
            if (!sentence.isEmpty()) {
                into.add(Sentence.of(sentence, inSubject));
            }
        }
    }
}
