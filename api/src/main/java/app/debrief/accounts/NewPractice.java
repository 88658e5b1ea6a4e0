package app.debrief.accounts;

/** What the first-run page (or demo mode) asks for: the practice and its owner. */
public record NewPractice(String practiceName, String timeZone, String ownerName, String ownerEmail, String ownerPassword) {
}
