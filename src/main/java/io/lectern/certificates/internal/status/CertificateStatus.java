package io.lectern.certificates.internal.status;

import io.lectern.accounts.LearnerId;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A certificate's position in the status list, and whether it was revoked. Kept when the
 * certificate is deleted with its learner's account, so the position is never given again and a
 * credential downloaded before keeps saying "not revoked".
 */
@Entity
@Table(name = "certificate_status")
public class CertificateStatus {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long statusIndex;

	private Instant revokedAt;

	private LearnerId revokedBy;

	private String reason;

	public CertificateStatus() {
	}

	public long index() {
		return statusIndex;
	}

	public boolean revoked() {
		return revokedAt != null;
	}

	public Optional<Instant> revokedAt() {
		return Optional.ofNullable(revokedAt);
	}

	public Optional<String> reason() {
		return Optional.ofNullable(reason);
	}

	/** Revoking is final: a second revocation keeps the first one's date and reason. */
	void revoke(Instant at, LearnerId admin, String why) {
		if (revokedAt == null) {
			revokedAt = at;
			revokedBy = admin;
			reason = why;
		}
	}
}
