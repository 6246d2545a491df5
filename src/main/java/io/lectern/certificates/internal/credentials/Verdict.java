package io.lectern.certificates.internal.credentials;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What checking a credential found, in words: each check with whether it held, and what the
 * credential says (who, which course, when, by whom) once it could be read.
 */
public record Verdict(List<Check> checks, Optional<String> name, Optional<String> course, Optional<Instant> date,
		Optional<String> issuer, Optional<String> revokedBecause) {

	public record Check(boolean held, String words) {
	}

	public Verdict {
		checks = List.copyOf(checks);
	}

	static Verdict refused(String why) {
		return new Verdict(List.of(new Check(false, why)), Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.empty());
	}

	/** Whether every check held and the certificate is not revoked: it is genuine and stands. */
	public boolean valid() {
		return checks.stream().allMatch(Check::held) && revokedBecause.isEmpty();
	}

	public boolean revoked() {
		return revokedBecause.isPresent();
	}
}
