package app.debrief.accounts;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed log-ins: the password was not even checked; try again after the wait. */
public final class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    public LoginThrottledException(Duration wait) {
        super("Too many failed log-ins. Try again in " + inWords(wait) + ".");
        this.wait = wait;
    }

    static String inWords(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        if (seconds < 60) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    public Duration waitTime() {
        return wait;
    }
}
