package io.lectern.certificates.internal.credentials;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What checking a credential found: each check with whether it held, and what the
 * credential says (who, which course, when, by whom) once it could be read.
 *
 * @param revokedBecause the issuer's reason when it is revoked, empty text if they gave none
 */
public record Verdict(List<Check> checks, Optional<String> name, Optional<String> course, Optional<Instant> date,
		Optional<String> issuer, Optional<String> revokedBecause) {

	/**
	 * One check, as a message of the interface's bundles ({@code verify.check.*}) and its arguments,
	 * so the page says it in the reader's language.
	 */
	public record Check(boolean held, String message, Object... arguments) {
	}

	public Verdict {
		checks = List.copyOf(checks);
	}

	static Verdict refused(String message, Object... arguments) {
		return new Verdict(List.of(new Check(false, message, arguments)), Optional.empty(), Optional.empty(), Optional.empty(),
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
