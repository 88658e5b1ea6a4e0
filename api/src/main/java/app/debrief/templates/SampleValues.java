package app.debrief.templates;

import java.util.Map;

/**
 * Typical values used to count the words a recipient will read. A placeholder is rarely one word
 * (names have two, a personal note is a whole sentence), so counting the rendered sample keeps room
 * in the limit for what the job seeker fills in. The editor's preview shows the same values.
 */
public final class SampleValues {

    public static final Map<String, String> VALUES = Map.of(
            Placeholder.INTERVIEWER_NAME.key(), "Sam Rivera",
            Placeholder.COMPANY.key(), "Northwind Analytics",
            Placeholder.ROLE.key(), "Data Analyst",
            Placeholder.INTERVIEW_DATE.key(), "12 March",
            Placeholder.MY_NAME.key(), "Jordan Lee",
            Placeholder.PERSONAL_NOTE.key(),
            "I especially enjoyed hearing how your team moved its reporting to a single shared dashboard.");

    private SampleValues() {
    }
}
