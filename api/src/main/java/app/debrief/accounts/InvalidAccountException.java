package app.debrief.accounts;

import java.util.List;

/** Input that breaks an account rule; each problem is a sentence to show as it is. */
public final class InvalidAccountException extends RuntimeException {

    private final List<String> problems;

    public InvalidAccountException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
