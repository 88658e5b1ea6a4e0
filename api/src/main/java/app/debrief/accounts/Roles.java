package app.debrief.accounts;

/** Role names for @RolesAllowed and @PreAuthorize; an owner holds both roles. */
public final class Roles {

    public static final String OWNER = "OWNER";
    public static final String COACH = "COACH";

    private Roles() {
    }
}
