package io.lectern.certificates.internal.credentials;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the claims of a credential someone pasted, which may be anything: each reader answers empty
 * for a claim that is missing or of another type, instead of throwing, so that {@link CredentialCheck}
 * can report every check that fails rather than stop at the first surprise.
 */
final class CredentialClaims {

	private CredentialClaims() {
	}

	static boolean claimEquals(Map<String, Object> claims, String object, String field, Object expected) {
		return nested(claims, object).map(found -> Objects.equals(((Map<?, ?>) found).get(field), expected)).orElse(false);
	}

	static Optional<Instant> validFrom(Map<String, Object> credential) {
		try {
			return text(credential, "validFrom").map(Instant::parse);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	static Optional<Object> nested(Map<String, Object> map, String... path) {
		Object at = map;
		for (String key : path) {
			if (!(at instanceof Map<?, ?> inner) || !inner.containsKey(key)) {
				return Optional.empty();
			}
			at = inner.get(key);
		}
		return Optional.ofNullable(at);
	}

	static Optional<String> text(Object map, String key) {
		return map instanceof Map<?, ?> inner && inner.get(key) instanceof String value ? Optional.of(value) : Optional.empty();
	}

	static Optional<String> identityName(Object identifiers) {
		return identifiers instanceof List<?> list ? list.stream()
			.filter(item -> item instanceof Map<?, ?> identity && "name".equals(identity.get("identityType")))
			.findFirst()
			.flatMap(identity -> text(identity, "identityHash")) : Optional.empty();
	}
}
