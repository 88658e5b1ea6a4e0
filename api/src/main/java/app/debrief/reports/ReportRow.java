package app.debrief.reports;

/**
 * One line of a report table: what it is about ({@code key} is stable: an id, a month, a bucket),
 * how it reads, a detail such as the library of a template or the coach of a client, and its counts.
 */
public record ReportRow(String key, String label, String detail, Counts counts) {
}
