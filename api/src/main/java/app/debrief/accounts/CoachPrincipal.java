package app.debrief.accounts;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in portal user: who they are, and the practice every query of theirs is scoped to. */
public final class CoachPrincipal implements UserDetails, CredentialsContainer {

    private final UUID coachId;
    private final UUID practiceId;
    private final String email;
    private final String displayName;
    private final Role role;
    private final boolean enabled;
    private String passwordHash;

    public CoachPrincipal(UUID coachId, UUID practiceId, String email, String displayName, Role role,
            boolean enabled, String passwordHash) {
        this.coachId = coachId;
        this.practiceId = practiceId;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public UUID coachId() {
        return coachId;
    }

    public UUID practiceId() {
        return practiceId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public boolean isOwner() {
        return role == Role.OWNER;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        var coach = new SimpleGrantedAuthority("ROLE_" + Roles.COACH);
        return role == Role.OWNER ? List.of(new SimpleGrantedAuthority("ROLE_" + Roles.OWNER), coach) : List.of(coach);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = "";
    }
}
