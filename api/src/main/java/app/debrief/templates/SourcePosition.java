package app.debrief.templates;

/**
 * 1-based line and column of a char index. A line break is \n, \r\n or \r (text areas post CRLF);
 * columns count code points, so an emoji is one column as an author would count it. Computed only
 * for errors, so a linear scan is fine.
 */
record SourcePosition(int line, int column) {

    static SourcePosition of(String source, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            char c = source.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= source.length() || source.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(line, source.codePointCount(lineStart, index) + 1);
    }
}
