package app.debrief.accounts;

/** The signed-in coach's own account, for the account page. */
public record MyAccount(String email, String displayName, Role role, String practiceName) {
}
