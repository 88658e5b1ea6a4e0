package app.debrief.accounts;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed log-ins: the password was not even checked; try again after the wait. */
public final class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    public LoginThrottledException(Duration wait) {
        super("Too many failed log-ins. Try again in " + Math.max(1, wait.toSeconds()) + " seconds.");
        this.wait = wait;
    }

    public Duration waitTime() {
        return wait;
    }
}
