package app.debrief.accounts;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules for names, emails and passwords, said once for the setup page, invitations, resets and the account page. */
public final class AccountValidation {

    public static final int MIN_PASSWORD_LENGTH = 10;
    public static final int MAX_PASSWORD_LENGTH = 128;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private AccountValidation() {
    }

    public static String normaliseEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    public static boolean isEmail(String email) {
        return email.length() <= 254 && EMAIL.matcher(email.trim()).matches();
    }

    public static List<String> problemsWith(NewPractice practice) {
        var problems = new ArrayList<String>();
        requireText(problems, "Practice name", practice.practiceName(), 120);
        requireText(problems, "Your name", practice.ownerName(), 120);
        if (!isEmail(practice.ownerEmail())) {
            problems.add("Email must be an address like name@example.com.");
        }
        passwordProblem(practice.ownerPassword()).ifPresent(problems::add);
        try {
            ZoneId.of(practice.timeZone());
        } catch (DateTimeException e) {
            problems.add("Time zone is not a known zone such as Europe/Paris.");
        }
        return problems;
    }

    /** A coach's name as others see it: required, at most 120 characters. */
    public static java.util.Optional<String> displayNameProblem(String displayName) {
        var problems = new ArrayList<String>();
        requireText(problems, "Display name", displayName, 120);
        return problems.stream().findFirst();
    }

    public static java.util.Optional<String> passwordProblem(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            return java.util.Optional.of("Password must have at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            return java.util.Optional.of("Password must have at most " + MAX_PASSWORD_LENGTH + " characters.");
        }
        return java.util.Optional.empty();
    }

    private static void requireText(List<String> problems, String label, String value, int maxLength) {
        if (value.isBlank()) {
            problems.add(label + " is required.");
        } else if (value.trim().length() > maxLength) {
            problems.add(label + " must have at most " + maxLength + " characters.");
        }
    }
}
