package app.debrief.demo;

/** The demo logins, printed at start-up in demo mode. Known passwords: never outside demo mode. */
public final class DemoAccounts {

    public static final String PRACTICE = "Northstar Career Coaching (demo)";
    public static final String OWNER_NAME = "Olivia Owens";
    public static final String OWNER_EMAIL = "owner@demo.debrief.test";
    public static final String OWNER_PASSWORD = "demo-owner-pass";
    public static final String COACH_NAME = "Carlos Reyes";
    public static final String COACH_EMAIL = "coach@demo.debrief.test";
    public static final String COACH_PASSWORD = "demo-coach-pass";

    private DemoAccounts() {
    }
}
