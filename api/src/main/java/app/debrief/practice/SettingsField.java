package app.debrief.practice;

/** The settings a problem can be about, so the form shows it beside the right field. */
public enum SettingsField {
    NAME,
    TIME_ZONE,
    NO_REPLY_DAYS,
    FOLLOW_UP_DAY,
    FOLLOW_UP_TEMPLATE,
    PUBLIC_ADDRESS
}
