package io.lectern.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.TokenRequest;
import io.lectern.web.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;

/**
 * A real OpenID Connect provider for the tests (NAV's mock-oauth2-server: discovery, authorization
 * endpoint, token endpoint, signed ID tokens, JWKS, userinfo), holding one issuer, {@code school}.
 * It logs in whoever the test says is at its login page next, with the claims the test gives.
 */
final class OpenIdProvider {

	static final String ISSUER_ID = "school";

	static final String CLIENT_ID = "lectern";

	private final MockOAuth2Server server = new MockOAuth2Server();
	private final AtomicReference<OAuth2TokenCallback> next = new AtomicReference<>(new DefaultOAuth2TokenCallback());
	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	OpenIdProvider() {
		server.start();
	}

	String issuer() {
		return server.issuerUrl(ISSUER_ID).toString();
	}

	/** The properties that register this provider with the portal, as an admin would write them. */
	Map<String, String> registration() {
		Map<String, String> properties = new LinkedHashMap<>();
		String registration = "spring.security.oauth2.client.registration." + ISSUER_ID + ".";
		properties.put(registration + "client-id", CLIENT_ID);
		properties.put(registration + "client-secret", "a secret the provider does not check");
		properties.put(registration + "client-name", "Example School");
		properties.put(registration + "scope", "openid,profile,email");
		properties.put("spring.security.oauth2.client.provider." + ISSUER_ID + ".issuer-uri", issuer());
		return properties;
	}

	/** The person the provider logs in next: its subject and the claims of its ID token. */
	void nextLogIn(String subject, Map<String, Object> claims) {
		nextLogIn(subject, claims, Duration.ofHours(1));
	}

	/** The person the provider logs in next, in tokens that expire {@code lifetime} after they are made. */
	void nextLogIn(String subject, Map<String, Object> claims, Duration lifetime) {
		next.set(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), claims,
				lifetime.toSeconds()));
		// The provider takes one from its queue at each token request; all of them say who is next
		// when asked, so that one left by a login that never reached the token endpoint is harmless.
		server.enqueueCallback(new NextPerson());
	}

	/**
	 * The browser's trip: the portal's "Log in with" link sends it to the provider, whose answer
	 * sends it back to the portal with a code and the state; the answer of the provider's redirect
	 * is returned, not yet followed.
	 */
	URI authorize(Browser browser, String start) {
		HttpResponse<String> toProvider = browser.get(start);
		assertThat(toProvider.statusCode()).as("the portal's redirect to the provider").isEqualTo(302);
		URI authorization = URI.create(toProvider.headers().firstValue("Location").orElseThrow());
		assertThat(authorization.toString()).startsWith(server.authorizationEndpointUrl(ISSUER_ID).toString())
			.contains("state=", "nonce=", "code_challenge=", "code_challenge_method=S256");
		HttpResponse<String> back = send(authorization);
		assertThat(back.statusCode()).as("the provider's redirect back").isEqualTo(302);
		return URI.create(back.headers().firstValue("Location").orElseThrow());
	}

	/** The whole round trip from the login page's button; the portal's answer to the provider's redirect. */
	HttpResponse<String> logIn(Browser browser) {
		return browser.get(pathAndQuery(authorize(browser, "/oauth2/authorization/" + ISSUER_ID)));
	}

	static String pathAndQuery(URI uri) {
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	void shutdown() {
		server.shutdown();
	}

	/** Whoever the test said logs in next, asked when the portal fetches the tokens. */
	private final class NextPerson implements OAuth2TokenCallback {

		@Override
		public String issuerId() {
			return ISSUER_ID;
		}

		@Override
		public String subject(TokenRequest request) {
			return next.get().subject(request);
		}

		@Override
		public String typeHeader(TokenRequest request) {
			return next.get().typeHeader(request);
		}

		@Override
		public List<String> audience(TokenRequest request) {
			return next.get().audience(request);
		}

		@Override
		public Map<String, Object> addClaims(TokenRequest request) {
			return next.get().addClaims(request);
		}

		@Override
		public long tokenExpiry() {
			return next.get().tokenExpiry();
		}
	}

	private HttpResponse<String> send(URI uri) {
		try {
			return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
