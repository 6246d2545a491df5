package io.lectern.certificates.internal.credentials;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A signing key kept in the database as a JWK with its private part, so every instance signs alike. */
@Entity
@Table(name = "credential_key")
class CredentialKey {

	@Id
	private String id;

	private String privateJwk;

	private Instant createdAt;

	private Instant retiredAt;

	protected CredentialKey() {
	}

	CredentialKey(String id, String privateJwk, Instant createdAt) {
		this.id = id;
		this.privateJwk = privateJwk;
		this.createdAt = createdAt;
	}

	String id() {
		return id;
	}

	String privateJwk() {
		return privateJwk;
	}

	Instant createdAt() {
		return createdAt;
	}

	Optional<Instant> retiredAt() {
		return Optional.ofNullable(retiredAt);
	}

	void retire(Instant at) {
		if (retiredAt == null) {
			retiredAt = at;
		}
	}
}
