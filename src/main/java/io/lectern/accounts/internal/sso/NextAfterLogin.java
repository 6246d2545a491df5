package io.lectern.accounts.internal.sso;

import io.lectern.accounts.internal.web.ReturnAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security's own authorization requests, with PKCE, remembering in the session where the person was
 * going ({@code ?next=}, a path on this site only), so that the login through the provider returns
 * there as a password login does.
 */
class NextAfterLogin implements OAuth2AuthorizationRequestResolver {

	private static final String ATTRIBUTE = "lectern.sso.next";

	/** The parameter that marks a start as a confirmation rather than a login. */
	static final String CONFIRM = "confirm";

	private static final RequestMatcher START = PathPatternRequestMatcher.withDefaults()
		.matcher(OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/{registrationId}");

	private final ClientRegistrationRepository registrations;
	private final ProviderConfirmations confirmations;
	private final DefaultOAuth2AuthorizationRequestResolver resolver;
	// What a confirmation adds to the request being resolved on this thread (prompt, max_age); none otherwise.
	private final ThreadLocal<Map<String, Object>> confirming = new ThreadLocal<>();

	NextAfterLogin(ClientRegistrationRepository registrations, ProviderConfirmations confirmations) {
		this.registrations = registrations;
		this.confirmations = confirmations;
		this.resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
				OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		// PKCE for every client, not only those without a secret, as OAuth 2.0 Security BCP (RFC 9700) advises.
		this.resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce()
			.andThen(builder -> {
				Map<String, Object> extra = confirming.get();
				if (extra != null) {
					builder.additionalParameters(parameters -> parameters.putAll(extra));
				}
			}));
	}

	@Override
	public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
		RequestMatcher.MatchResult match = START.matcher(request);
		if (match.isMatch() && registrations.findByRegistrationId(match.getVariables().get("registrationId")) == null) {
			// Not a provider of this portal: the address leads nowhere (404), rather than to Spring Security's 500.
			return null;
		}
		if (!match.isMatch()) {
			return remember(request, resolver.resolve(request));
		}
		// A login started as a confirmation asks the provider to log the person in again, and says how
		// recent the login must be; any other start ends a confirmation left waiting.
		String registrationId = match.getVariables().get("registrationId");
		if (request.getParameter(CONFIRM) != null && confirmations.waitingFor(request.getSession(false), registrationId).isPresent()) {
			confirming.set(Map.of("prompt", "login", "max_age", Long.toString(confirmations.maxAgeSeconds())));
			try {
				return resolver.resolve(request);
			}
			finally {
				confirming.remove();
			}
		}
		confirmations.forget(request.getSession(false));
		return remember(request, resolver.resolve(request));
	}

	@Override
	public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
		return remember(request, resolver.resolve(request, registrationId));
	}

	/** Where to go after the login, taken from the session so that it serves once. */
	static String take(HttpSession session) {
		Object next = session.getAttribute(ATTRIBUTE);
		session.removeAttribute(ATTRIBUTE);
		return next instanceof String path ? path : null;
	}

	private static OAuth2AuthorizationRequest remember(HttpServletRequest request, OAuth2AuthorizationRequest authorization) {
		if (authorization != null) {
			ReturnAddress.of(request.getParameter(ReturnAddress.PARAMETER)).ifPresentOrElse(
					next -> request.getSession().setAttribute(ATTRIBUTE, next),
					() -> request.getSession().removeAttribute(ATTRIBUTE));
		}
		return authorization;
	}
}
