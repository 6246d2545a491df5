package io.lectern.accounts;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a logged-in session. Other modules key everything they store by
 * {@link #learnerId()}, never by username, so a record says nothing about who it belongs to.
 */
public final class SignedIn implements UserDetails, CredentialsContainer {

	private final String learnerId;
	private final String username;
	private final String displayName;
	private final Set<Role> roles;
	private String passwordHash;

	public SignedIn(LearnerId learnerId, String username, String displayName, Set<Role> roles, String passwordHash) {
		this.learnerId = learnerId.value();
		this.username = username;
		this.displayName = displayName;
		this.roles = Set.copyOf(roles);
		this.passwordHash = passwordHash;
	}

	/** The id is kept as text, so that sessions stored before it was a type still read. */
	public LearnerId learnerId() {
		return LearnerId.of(learnerId);
	}

	public String displayName() {
		return displayName;
	}

	public Set<Role> roles() {
		return roles;
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).collect(Collectors.toSet());
	}

	/** The hash is needed only to check the password at login; the session keeps no copy of it. */
	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}
