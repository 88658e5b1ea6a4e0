package app.debrief.base;

import java.util.List;

/** Input that breaks a rule; each problem is a sentence to show as it is. */
public class InvalidInputException extends RuntimeException {

    private final List<String> problems;

    public InvalidInputException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
