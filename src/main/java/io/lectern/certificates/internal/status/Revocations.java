package io.lectern.certificates.internal.status;

import io.lectern.accounts.LearnerId;
import java.time.Clock;
import java.util.BitSet;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which certificates are revoked, and revoking one: an admin's act, with a reason, and final. */
@Service
public class Revocations {

	private final CertificateStatusRepository statuses;
	private final Clock clock;

	Revocations(CertificateStatusRepository statuses, Clock clock) {
		this.statuses = statuses;
		this.clock = clock;
	}

	public Optional<CertificateStatus> statusAt(long index) {
		return statuses.findById(index);
	}

	@Transactional
	public CertificateStatus revoke(long index, LearnerId admin, String reason) {
		CertificateStatus status = statuses.findById(index).orElseThrow();
		status.revoke(clock.instant(), admin, reason);
		return status;
	}

	/** A bit set at each revoked position of the status list. */
	public BitSet revoked() {
		BitSet bits = new BitSet();
		statuses.findByRevokedAtIsNotNull().forEach(status -> bits.set(Math.toIntExact(status.index())));
		return bits;
	}
}
