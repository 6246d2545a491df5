package io.lectern.accounts.internal.sso;

import io.lectern.accounts.Role;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Reads what the portal takes from a provider's claims. Roles follow a claim only when
 * {@code lectern.sso.role-claim} names one (a dotted path reaches into an object, as
 * {@code realm_access.roles}): its values listed in {@code lectern.sso.instructor-values} and
 * {@code lectern.sso.admin-values} give those roles, and every other role but LEARNER is taken away.
 * The provider vouches for a second factor when its {@code amr} holds one of
 * {@code lectern.sso.mfa-amr-values} ({@code mfa} unless set, RFC 8176's "multiple-factor
 * authentication") or its {@code acr} is one of {@code lectern.sso.mfa-acr-values} (none unless set).
 */
@Component
class ProviderClaims {

	private final String roleClaim;
	private final Set<String> instructorValues;
	private final Set<String> adminValues;
	private final Set<String> mfaAmrValues;
	private final Set<String> mfaAcrValues;

	ProviderClaims(@Value("${lectern.sso.role-claim:}") String roleClaim,
			@Value("${lectern.sso.instructor-values:}") String instructorValues,
			@Value("${lectern.sso.admin-values:}") String adminValues,
			@Value("${lectern.sso.mfa-amr-values:mfa}") String mfaAmrValues,
			@Value("${lectern.sso.mfa-acr-values:}") String mfaAcrValues) {
		this.roleClaim = roleClaim.strip();
		this.instructorValues = list(instructorValues);
		this.adminValues = list(adminValues);
		this.mfaAmrValues = list(mfaAmrValues);
		this.mfaAcrValues = list(mfaAcrValues);
	}

	ProviderLogin read(String registrationId, String providerName, OidcUser user, String next, Instant now) {
		String email = user.getEmail();
		return new ProviderLogin(registrationId, providerName, user.getIssuer().toString(), user.getSubject(),
				email == null || email.isBlank() ? null : email.strip(), Boolean.TRUE.equals(user.getEmailVerified()),
				user.getFullName(), user.getPreferredUsername(), roles(user.getClaims()), multiFactor(user), next, now);
	}

	/** The roles the claim gives, or null when roles do not follow a claim. */
	private Set<Role> roles(Map<String, Object> claims) {
		if (roleClaim.isEmpty()) {
			return null;
		}
		Set<String> values = values(claims, roleClaim);
		EnumSet<Role> roles = EnumSet.of(Role.LEARNER);
		if (values.stream().anyMatch(instructorValues::contains)) {
			roles.add(Role.INSTRUCTOR);
		}
		if (values.stream().anyMatch(adminValues::contains)) {
			roles.add(Role.ADMIN);
		}
		return roles;
	}

	private boolean multiFactor(OidcUser user) {
		List<String> amr = user.getAuthenticationMethods();
		String acr = user.getAuthenticationContextClass();
		return (amr != null && amr.stream().anyMatch(mfaAmrValues::contains)) || (acr != null && mfaAcrValues.contains(acr));
	}

	/** The claim's values at a dotted path: one string, or the strings of a list; none when absent. */
	static Set<String> values(Map<String, Object> claims, String path) {
		Object value = claims;
		for (String step : path.split("\\.")) {
			value = value instanceof Map<?, ?> object ? object.get(step) : null;
		}
		if (value instanceof Collection<?> many) {
			return many.stream().filter(String.class::isInstance).map(String.class::cast).collect(Collectors.toSet());
		}
		return value instanceof String one ? Set.of(one) : Set.of();
	}

	private static Set<String> list(String values) {
		return Arrays.stream(values.split(",")).map(String::strip).filter(value -> !value.isEmpty()).collect(Collectors.toSet());
	}
}
