package app.debrief.requests;

/** How many feedback notes carry a tag. */
public record TagCount(String tag, int notes) {
}
