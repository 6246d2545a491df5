package io.lectern.accounts.internal.sso;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * Login through the OpenID Connect providers in the properties, with Spring Security's
 * authorization code flow ({@code /oauth2/authorization/{name}} out, {@code /login/oauth2/code/{name}}
 * back, state, nonce and PKCE checked, the ID token's signature too); nothing at all
 * when none is configured.
 */
@Component
public class SingleSignOn {

	private final ObjectProvider<ClientRegistrationRepository> registrations;
	private final SsoOutcomes outcomes;
	private final ProviderConfirmations confirmations;

	SingleSignOn(ObjectProvider<ClientRegistrationRepository> registrations, SsoOutcomes outcomes,
			ProviderConfirmations confirmations) {
		this.registrations = registrations;
		this.outcomes = outcomes;
		this.confirmations = confirmations;
	}

	/** The origins of the providers' authorization endpoints, where a confirmation's form ends up. */
	public java.util.List<String> authorizationOrigins() {
		ClientRegistrationRepository configured = registrations.getIfAvailable();
		java.util.Set<String> origins = new java.util.TreeSet<>();
		if (configured instanceof Iterable<?> all) {
			all.forEach(registration -> {
				java.net.URI endpoint = java.net.URI.create(((org.springframework.security.oauth2.client.registration.ClientRegistration) registration)
					.getProviderDetails().getAuthorizationUri());
				origins.add(endpoint.getScheme() + "://" + endpoint.getRawAuthority());
			});
		}
		return java.util.List.copyOf(origins);
	}

	public void configure(HttpSecurity http) throws Exception {
		ClientRegistrationRepository configured = registrations.getIfAvailable();
		if (configured == null) {
			return;
		}
		http.oauth2Login(login -> login.loginPage("/login")
			.authorizationEndpoint(authorization -> authorization.authorizationRequestResolver(new NextAfterLogin(configured, confirmations)))
			.authorizedClientRepository(new NothingKept())
			.successHandler(outcomes)
			.failureHandler(outcomes));
	}
}
