package app.debrief.templates;

/**
 * A sentence (or a line) of the subject or body, with typographic apostrophes made plain. {@code lower}
 * is lowercased char by char, so its indices are those of {@code text} and a match in one quotes the other.
 */
record Sentence(String text, String lower, boolean inSubject) {

    static Sentence of(String text, boolean inSubject) {
        char[] lower = text.toCharArray();
        for (int i = 0; i < lower.length; i++) {
            lower[i] = Character.toLowerCase(lower[i]);
        }
        return new Sentence(text, new String(lower), inSubject);
    }

    boolean isQuestion() {
        return text.endsWith("?");
    }
}
