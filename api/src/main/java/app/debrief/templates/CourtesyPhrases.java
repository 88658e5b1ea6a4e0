package app.debrief.templates;

import java.util.List;
import java.util.Set;

import static app.debrief.templates.Guard.CONDITIONAL;
import static app.debrief.templates.Guard.NEGATION;

/**
 * Every word list of the courtesy checks, in one place so a reviewer can read and tune them. Phrases are
 * lowercase regular expressions matched on whole words of lowercased text, apostrophes already plain ('),
 * a space matching any white space; {@code {{name}}} stands for a placeholder. "Guarded" lists are turned around by a
 * negation (or a conditional) just before the phrase; "plain" lists already say what they mean.
 * Every list is exercised by the corpus in src/test/resources/templates/courtesy-corpus.
 */
final class CourtesyPhrases {

    /** The negations written out, not \\w+n't: a phrase that could start any word would be tried at every word. */
    private static final String NEG = "(?:not|never|cannot|(?:do|does|did|wo|would|ca|could|is|was|are|were|have|has|should|must)n't)";
    private static final String DECISION = "(?:decision|choice|outcome|result|call)";

    // --- thanks the employer ---

    static final CueList THANKS = CueList.guarded(Set.of(NEGATION, CONDITIONAL),
            "thanks", "thank (?:you|him|her|them|everyone|all of you)", "many thanks",
            "grateful", "gratitude", "thankful", "appreciat(?:e|ed|es|ive|ion)");

    static final CueList THANKS_EMPHATIC = CueList.plain(
            "(?:can't|cannot) thank you enough", "(?:can't|cannot) (?:say|express|tell you) how (?:grateful|thankful)");

    /** Declining, sarcasm and causal "thanks to": these look like thanks and are not. */
    static final CueList NOT_THANKS = CueList.plain(
            "no,? thanks?(?: you)?", "thanks?,? but no thanks",
            "thank(?:s| you)(?: (?:so much|a lot|very much))? for (?:nothing|wasting|ghosting|ignoring|leaving me|stringing me|not)",
            "(?:no )?thanks to (?:you|your|this|that|the)", "thanks?(?: you)?,? i guess");

    /** Thanks for a favour not yet done is not thanks for the time already given. */
    static final CueList THANKS_IN_ADVANCE = CueList.plain("thanks?(?: you)? in advance");

    // --- says the decision is not being contested ---

    static final CueList NOT_CONTESTING_EXPLICIT = CueList.plain(
            NEG + " (?:be )?(?:contest|challeng|disput|question|argu|appeal|fight)\\w*",
            NEG + " (?:\\w+ ){0,2}to (?:contest|challenge|dispute|question|argue|appeal|reconsider|revisit|change|reverse|overturn)",
            "no intention of (?:contesting|challenging|disputing|questioning|arguing|changing|reversing|appealing)",
            "(?:isn't|is not|this is not|it's not) (?:a request|an attempt|an appeal) to",
            "no hard feelings");

    static final CueList NOT_CONTESTING_AFFIRMED = CueList.guarded(Set.of(NEGATION),
            "(?:respect|accept|understand|support)(?: and (?:fully )?(?:respect|accept|understand))? (?:your|the|this|that|their) " + DECISION,
            "(?:respect|accept|understand)(?: and (?:fully )?(?:respect|accept|understand))? (?:that|why) (?:you|the team|they|\\{\\{company}})",
            "(?:fully|completely|totally|entirely) (?:understand|respect|accept)",
            "(?:respect|accept) (?:it|that)",
            "(?:at peace|comfortable|fine) with (?:your|the|this|that) " + DECISION,
            "(?:was|is|must be|must have been|can't have been|cannot have been) an? (?:difficult|hard|tough|close) " + DECISION,
            "understand(?: that)? (?:these|such|hiring) decisions");

    // --- wants to improve ---

    static final CueList IMPROVE = CueList.guarded(Set.of(NEGATION),
            "improv(?:e|es|ed|ing|ement|ements)", "grow(?:th|ing)?", "learn(?:ing)?", "develop(?:ing|ment)?",
            "(?:get|do|perform|interview) better", "(?:better|stronger|more) (?:prepared|candidate)", "better myself",
            "strengthen", "sharpen", "work(?:ing)? on", "brush up", "build on", "next time",
            "(?:future|next|upcoming) (?:interviews?|applications?|roles?|opportunities)");

    /** "Improve" about someone else, or "learn" as in hearing the news. */
    static final CueList IMPROVE_NOT_ME = CueList.plain(
            "(?:you|your(?: \\w+){1,2}|the (?:process|team|company)|\\{\\{company}}) (?:could|should|need to|needs to|must|might want to|ought to|may want to) (?:improve|learn|grow|develop|do better|work on)",
            "(?:sorry|sad|disappointed|surprised|unhappy|upset) to (?:learn|hear)",
            "learn(?:ed|t)? (?:that|of)");

    /** The wish to improve is the candidate's own, so the sentence must be about "I" or "me". */
    static final CueList FIRST_PERSON = CueList.plain("i", "i'm", "i'd", "i've", "i'll", "me", "my", "myself");

    // --- personal ---

    static final CueList PERSONAL_LINE = CueList.guarded(Set.of(NEGATION),
            "(?:enjoyed|loved|liked|valued|appreciated) (?:our|the|your|meeting|speaking|talking|learning|hearing|getting|discussing|seeing|working)",
            "(?:pleasure|privilege|delight|joy) (?:to|of) (?:meet|meeting|speak|speaking|talk|talking|learn|learning)",
            "(?:great|lovely|wonderful|nice|good) (?:to meet|meeting|to speak|speaking|talking|to talk) (?:with )?you",
            "(?:our|the) (?:conversation|chat|discussion|talk|exchange) (?:about|on|around)",
            "you (?:mentioned|shared|described|explained|told me|showed me|walked me through)",
            "(?:passionate|passion|excited|enthusiastic|curious) (?:about|for)",
            "(?:inspired|impressed|struck|moved) by", "i (?:admire|admired)", "stayed with me", "stuck with me");

    // --- asks a specific, answerable question ---

    static final CueList POLITE_REQUEST = CueList.plain(
            "(?:could|would|can|will|might) you (?:please |kindly |possibly )?(?:share|tell|let me know|point|suggest|give|recommend|offer|spare|say|describe|identify|name|mention|send|highlight|outline|walk me through|help me)",
            "would you (?:be willing|be open|be able|mind|have)",
            "(?:i'd|i would|i'll|i will) (?:be (?:very |so |really |truly )?(?:grateful|thankful)|(?:really |greatly |truly )?(?:appreciate|value|welcome)|love to (?:hear|know|learn|understand))",
            "if you (?:could|can|have|are able|were able|would)",
            "please (?:share|let me know|tell me|point me|suggest)",
            "(?:i )?wonder(?:ing)? (?:whether|if) you",
            "(?:may|could|can|might) i (?:ask|have|hear)",
            "(?:i'd|i would) like to (?:ask|hear|know|learn|understand)");

    /** What makes a request answerable in a few lines: one thing, a named part of the process, a skill. */
    static final CueList SPECIFIC = CueList.plain(
            "one", "two", "three", "single", "main", "biggest", "greatest", "key", "top", "specific(?:ally)?",
            "particular(?:ly)?", "concrete", "examples?", "which", "where (?:i|could|can|should|might|did)",
            "how (?:i|could i|can i|might i|should i|would you|to)", "what (?:skills?|areas?|parts?|aspects?|topics?|experience|would|could|should|made|was missing|stood out|i)",
            "areas?", "skills?", "strengths?", "weakness(?:es)?", "gaps?", "improve", "improvement", "stronger", "better",
            "differently", "work on", "focus on", "prepare", "preparation",
            "(?:technical|case|coding|design|final|first|second|third|panel|phone|onsite|on-site|written|take-home) (?:interview|round|exercise|task|study|presentation|questions?|stage|challenge|assignment)",
            "presentation", "portfolio", "exercise", "answers?", "resources?", "courses?", "books?", "certifications?",
            "\\{\\{(?:role|interview_date)}}");

    /** Only named in explanations: requests like these are easy to ignore and hard to answer. */
    static final CueList VAGUE = CueList.plain(
            "any (?:thoughts|feedback|comments|advice|input|insights?|tips|pointers)", "anything (?:else|at all)",
            "what do you think", "thoughts");

    // --- no demand for reasons, no arguing, no pressure ---

    static final CueList DEMANDS_REASONS = CueList.guarded(Set.of(NEGATION),
            "why (?:was|were|am) i (?:\\w+ )?(?:rejected|not|turned|passed|unsuccessful|declined|dropped|overlooked|eliminated)",
            "why (?:i|me) (?:was|got|didn't|did not|was not|wasn't)",
            "why (?:did|would) you (?:reject|not|turn|pass|choose|chose|pick|hire|go with|select|decide)",
            "explain (?:why|your (?:decision|reasoning|choice)|the (?:decision|reasoning|rejection|reasons?)|yourself|what went wrong)",
            "justif(?:y|ication)", "(?:tell|give|show) me (?:why|the reasons?|a reason|your reasons?|exactly why)",
            "(?:want|need|deserve|have a right|expect) to (?:know|understand|hear) (?:exactly )?why",
            "(?:the |a |your )?reasons? (?:for|behind) (?:my|the|your|this) (?:rejection|decision)",
            "what (?:was|is) the reason");

    static final CueList DEMANDS_REASONS_ALWAYS = CueList.plain(
            "why (?:didn't|did not|wasn't|was not|weren't|were not) (?:you|i|my)",
            "(?:don't|do not|can't|cannot|fail to) (?:understand|see) (?:why|how you)");

    static final CueList ARGUES = CueList.guarded(Set.of(NEGATION),
            "disagree(?:d|ment)?",
            "(?:wrong|unfair|unjust|bad|poor|terrible|hasty|biased|mistaken|flawed) (?:decision|choice|call|process|conclusion)",
            "unfair(?:ly)?", "unjust", "biased", "discriminat\\w*", "ridiculous", "absurd", "outrageous", "insulting",
            "unprofessional", "disrespectful", "i (?:deserve|deserved|earned)", "(?:more|better|most|best) qualified",
            "(?:you|the panel|your team|the team|\\{\\{company}}) (?:made|are making|have made) (?:a |the )?(?:big |huge |serious |real )?(?:mistake|error)",
            "(?:i was|i'm|i am) (?:clearly |obviously |easily )?(?:the (?:best|strongest|right|ideal|perfect)|a (?:better|stronger|perfect) (?:fit|candidate))");

    static final CueList ARGUES_ALWAYS = CueList.plain(
            "(?:don't|do not|can't|cannot|won't|will not|refuse to) (?:accept|agree with|respect) (?:your|the|this|that) " + DECISION,
            "(?:don't|do not) agree", "(?:wasn't|was not|isn't|is not|it's not|not) fair");

    static final CueList ASKS_TO_RECONSIDER = CueList.guarded(Set.of(NEGATION),
            "reconsider\\w*", "re-consider", "change your mind",
            "(?:reverse|overturn|revisit|rethink) (?:the|your|this|that) " + DECISION,
            "(?:another|second) (?:look at|chance|interview|shot|round)", "appeal (?:the|your|this)");

    static final CueList PUSHES = CueList.guarded(Set.of(NEGATION),
            "(?:reply|respond|answer|get back to me|hear back) (?:by|within|before|asap|immediately|today|urgently|right away)",
            "asap", "as soon as possible", "urgent(?:ly)?", "demand\\w*", "insist\\w*", "i expect (?:a|an|your|you to)",
            "you owe me", "(?:must|have to|need to) (?:reply|respond|explain|tell me|give me|answer)",
            "escalat\\w+", "lawyer", "attorney", "legal action",
            "(?:contact|speak to|go to|email) your (?:manager|boss|ceo|director|superior)",
            "wast(?:e|ed|ing) (?:my|our) time", "waste of (?:my |our )?time", "ghost(?:ed|ing)",
            "keep (?:calling|emailing|following up|checking)", "follow(?:ing)? up (?:daily|every day|until)");

    /** Criticism of them rather than of the decision: it does not contest, but it is no way to ask a favour. */
    static final CueList COMPLAINS = CueList.plain(
            "your (?:\\w+ )?process (?:could|should|needs to|must) (?:improve|be improved|change)",
            "(?:don't|do not) appreciate (?:being|the way|how|that)");

    /** Everything the no-pressure check warns about; a question made of these is not a fair question. */
    static final List<CueList> PRESSURE =
            List.of(DEMANDS_REASONS, DEMANDS_REASONS_ALWAYS, ARGUES, ARGUES_ALWAYS, ASKS_TO_RECONSIDER, PUSHES, COMPLAINS);

    /** Arguing with or asking to undo the decision: what "not contesting" must not sit beside. */
    static final List<CueList> CONTESTS = List.of(ARGUES, ARGUES_ALWAYS, ASKS_TO_RECONSIDER);

    private CourtesyPhrases() {
    }
}
