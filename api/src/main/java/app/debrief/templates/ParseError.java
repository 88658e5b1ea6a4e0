package app.debrief.templates;

/** A problem in template source, at a 1-based line and column (columns count Unicode code points). */
public record ParseError(int line, int column, String message) {

    @Override
    public String toString() {
        return "line " + line + ", column " + column + ": " + message;
    }
}
