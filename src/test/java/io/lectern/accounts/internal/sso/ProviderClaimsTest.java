package io.lectern.accounts.internal.sso;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.accounts.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * What the portal reads from a provider's claims: roles from the configured claim (a string, a
 * list, or a list inside an object as Keycloak's {@code realm_access.roles}), and whether the
 * provider vouched for a second factor through {@code amr} or {@code acr}.
 */
class ProviderClaimsTest {

	private final ProviderClaims keycloakLike = new ProviderClaims("realm_access.roles", "teacher", "lectern-admin", "mfa",
			"gold");

	@Test
	void rolesFollowAListInsideAnObject() {
		ProviderLogin login = read(keycloakLike, Map.of("realm_access", Map.of("roles", List.of("teacher", "offline_access"))));

		assertThat(login.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.INSTRUCTOR);
	}

	@Test
	void aSingleStringValueCountsAndUnknownValuesGiveNothing() {
		ProviderClaims groups = new ProviderClaims("group", "", "lectern-admin", "mfa", "");

		assertThat(read(groups, Map.of("group", "lectern-admin")).roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.ADMIN);
		assertThat(read(groups, Map.of("group", "visitors")).roles()).containsExactly(Role.LEARNER);
		assertThat(read(groups, Map.of()).roles()).containsExactly(Role.LEARNER);
	}

	@Test
	void withoutARoleClaimRolesAreLeftAlone() {
		ProviderClaims none = new ProviderClaims("", "teacher", "lectern-admin", "mfa", "");

		assertThat(read(none, Map.of("roles", List.of("lectern-admin"))).roles()).isNull();
	}

	@Test
	void aSecondFactorIsVouchedForByAmrOrByAConfiguredAcr() {
		assertThat(read(keycloakLike, Map.of("amr", List.of("pwd", "mfa"))).multiFactor()).isTrue();
		assertThat(read(keycloakLike, Map.of("acr", "gold")).multiFactor()).isTrue();
		assertThat(read(keycloakLike, Map.of("amr", List.of("pwd"), "acr", "1")).multiFactor()).isFalse();
		assertThat(read(keycloakLike, Map.of()).multiFactor()).isFalse();
	}

	@Test
	void anAddressCountsAsVerifiedOnlyWhenTheProviderSaysSo() {
		assertThat(read(keycloakLike, Map.of("email", "ana@school.example", "email_verified", true)).emailVerified()).isTrue();
		assertThat(read(keycloakLike, Map.of("email", "ana@school.example", "email_verified", false)).emailVerified()).isFalse();
		assertThat(read(keycloakLike, Map.of("email", "ana@school.example")).emailVerified()).isFalse();
	}

	private static ProviderLogin read(ProviderClaims claims, Map<String, Object> more) {
		OidcIdToken.Builder token = OidcIdToken.withTokenValue("not checked here")
			.issuer("https://id.school.example/realms/school")
			.subject("248289761001")
			.audience(List.of("lectern"))
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60));
		more.forEach(token::claim);
		OidcUser user = new DefaultOidcUser(List.of(), token.build());
		return claims.read("school", "Example School", user, null, Instant.now());
	}
}
