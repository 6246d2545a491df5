package io.lectern.accounts.internal;

import io.lectern.accounts.LearnerId;
import io.lectern.accounts.Role;
import io.lectern.accounts.SignedIn;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A person's account: who they are to the portal, how they prove it, and what they may do. */
@Entity
@Table(name = "account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String publicId;

	private String username;

	private String displayName;

	private String passwordHash;

	private Instant createdAt;

	/** Optional; used for password resets only once confirmed by a link sent to it. */
	private String email;

	private boolean emailConfirmed;

	// A page of accounts loads the roles of all of them in one more query, not one per account.
	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 100)
	@CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.of(Role.LEARNER);

	@Version
	private int version;

	protected Account() {
	}

	static Account register(Username username, String displayName, String passwordHash, Instant now) {
		Account account = new Account();
		account.publicId = UUID.randomUUID().toString();
		account.username = username.value();
		account.displayName = displayName;
		account.passwordHash = passwordHash;
		account.createdAt = now;
		return account;
	}

	public String publicId() {
		return publicId;
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Set<Role> roles() {
		return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	public Optional<String> email() {
		return Optional.ofNullable(email);
	}

	public boolean emailConfirmed() {
		return email != null && emailConfirmed;
	}

	/** A new address, or none: unconfirmed until its link is opened. */
	void changeEmail(String address) {
		email = address;
		emailConfirmed = false;
	}

	void confirmEmail() {
		emailConfirmed = email != null;
	}

	void changePassword(String newHash) {
		passwordHash = newHash;
	}

	/** Every account stays a learner: roles are only ever added to that. */
	void grant(Set<Role> granted) {
		roles.clear();
		roles.add(Role.LEARNER);
		roles.addAll(granted);
	}

	public SignedIn signedIn() {
		return new SignedIn(LearnerId.of(publicId), username, displayName, roles(), passwordHash);
	}
}
