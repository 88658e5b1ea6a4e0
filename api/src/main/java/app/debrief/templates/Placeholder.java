package app.debrief.templates;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The names a template may use inside {@code {{...}}}; the key is what authors type. */
public enum Placeholder {
    INTERVIEWER_NAME("interviewer_name"),
    COMPANY("company"),
    ROLE("role"),
    INTERVIEW_DATE("interview_date"),
    MY_NAME("my_name"),
    PERSONAL_NOTE("personal_note");

    private final String key;

    Placeholder(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Placeholder> byKey(String key) {
        return Arrays.stream(values()).filter(placeholder -> placeholder.key.equals(key)).findFirst();
    }

    public static boolean isKnown(String key) {
        return byKey(key).isPresent();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Placeholder::key).toList();
    }
}
