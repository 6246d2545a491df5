package io.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.TokenRequest;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * A real OpenID Connect provider for the tests (NAV's mock-oauth2-server: discovery, authorization
 * endpoint, token endpoint, signed ID tokens, JWKS, userinfo), holding two issuers with keys of
 * their own, {@code school} and {@code college}, which the portal registers as two providers. It
 * logs in whoever the test says is at its login page next, with the claims the test gives.
 */
public final class OpenIdProvider {

	public static final String ISSUER_ID = "school";

	public static final String OTHER_ISSUER_ID = "college";

	public static final String CLIENT_ID = "lectern";

	private final Map<String, OAuth2TokenCallback> next = new ConcurrentHashMap<>();
	// Each issuer asks its callback who logs in at each token request, so that a login which never
	// reached the token endpoint leaves nothing behind for the next one.
	private final MockOAuth2Server server;
	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	/** A provider that logs the next person in without showing its login page, unless asked to ({@code prompt=login}). */
	public OpenIdProvider() {
		this(false);
	}

	private OpenIdProvider(boolean loginPageEveryTime) {
		server = new MockOAuth2Server(new OAuth2Config(loginPageEveryTime, null, null, false, new OAuth2TokenProvider(),
				Set.of(new NextPerson(ISSUER_ID), new NextPerson(OTHER_ISSUER_ID))));
		server.start();
	}

	/**
	 * A provider that shows its login page at every login, as a person in a browser meets it: whoever
	 * is typed there logs in, with the claims typed beside the name added to the test's.
	 */
	public static OpenIdProvider withLoginPage() {
		return new OpenIdProvider(true);
	}

	/** The properties that register both issuers with the portal, as an admin would write them. */
	public Map<String, String> registration() {
		Map<String, String> properties = new LinkedHashMap<>();
		register(properties, ISSUER_ID, "Example School");
		register(properties, OTHER_ISSUER_ID, "Example College");
		return properties;
	}

	private void register(Map<String, String> properties, String issuerId, String name) {
		String registration = "spring.security.oauth2.client.registration." + issuerId + ".";
		properties.put(registration + "client-id", CLIENT_ID);
		properties.put(registration + "client-secret", "a secret the provider does not check");
		properties.put(registration + "client-name", name);
		properties.put(registration + "scope", "openid,profile,email");
		properties.put("spring.security.oauth2.client.provider." + issuerId + ".issuer-uri",
				server.issuerUrl(issuerId).toString());
	}

	/** The issuer's address, where its discovery document, login page and token endpoint live. */
	public String issuer(String issuerId) {
		return server.issuerUrl(issuerId).toString();
	}

	/** The person {@code school} logs in next: its subject and the claims of its ID token. */
	public void nextLogIn(String subject, Map<String, Object> claims) {
		nextLogIn(ISSUER_ID, subject, claims, Duration.ofHours(1));
	}

	/** The person the issuer logs in next, in tokens that expire {@code lifetime} after they are made. */
	public void nextLogIn(String issuerId, String subject, Map<String, Object> claims, Duration lifetime) {
		next.put(issuerId, new DefaultOAuth2TokenCallback(issuerId, subject, "JWT", List.of(CLIENT_ID), claims,
				lifetime.toSeconds()));
	}

	/**
	 * The browser's trip: the portal's "Log in with" link sends it to the provider, whose answer
	 * sends it back to the portal with a code and the state; the answer of the provider's redirect
	 * is returned, not yet followed.
	 */
	public URI authorize(Browser browser, String start) {
		HttpResponse<String> toProvider = browser.get(start);
		assertThat(toProvider.statusCode()).as("the portal's redirect to the provider").isEqualTo(302);
		URI authorization = URI.create(toProvider.headers().firstValue("Location").orElseThrow());
		assertThat(authorization.toString()).startsWith(server.baseUrl().toString())
			.contains("state=", "nonce=", "code_challenge=", "code_challenge_method=S256");
		HttpResponse<String> back = send(authorization);
		assertThat(back.statusCode()).as("the provider's redirect back").isEqualTo(302);
		return URI.create(back.headers().firstValue("Location").orElseThrow());
	}

	/**
	 * The trip of a confirmation: the portal's redirect to the provider must ask it to log the person
	 * in again ({@code prompt=login}) and say how recent the login must be ({@code max_age}); the
	 * portal's answer to the provider's redirect back.
	 */
	public HttpResponse<String> confirm(Browser browser, String start, long maxAge, String subject) {
		HttpResponse<String> toProvider = browser.get(start);
		assertThat(toProvider.statusCode()).as("the portal's redirect to the provider").isEqualTo(302);
		URI authorization = URI.create(toProvider.headers().firstValue("Location").orElseThrow());
		assertThat(authorization.getRawQuery()).contains("prompt=login", "max_age=" + maxAge, "nonce=", "code_challenge=");
		HttpResponse<String> login = send(authorization);
		// prompt=login: the provider shows its login form even to someone it knows, and the person logs in again.
		assertThat(login.statusCode()).as("the provider's login form").isEqualTo(200);
		HttpResponse<String> back = post(authorization, "username=" + java.net.URLEncoder.encode(subject, java.nio.charset.StandardCharsets.UTF_8)
				+ "&claims=" + java.net.URLEncoder.encode("{}", java.nio.charset.StandardCharsets.UTF_8));
		assertThat(back.statusCode()).as("the provider's redirect back").isEqualTo(302);
		return browser.get(pathAndQuery(URI.create(back.headers().firstValue("Location").orElseThrow())));
	}

	/** The whole round trip from the login page's button for {@code school}; the portal's answer to the provider's redirect. */
	public HttpResponse<String> logIn(Browser browser) {
		return logIn(browser, ISSUER_ID);
	}

	public HttpResponse<String> logIn(Browser browser, String issuerId) {
		return browser.get(pathAndQuery(authorize(browser, "/oauth2/authorization/" + issuerId)));
	}

	public static String pathAndQuery(URI uri) {
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	public void shutdown() {
		server.shutdown();
	}

	/** Whoever the test said logs in next, asked when the portal fetches the tokens. */
	private final class NextPerson implements OAuth2TokenCallback {

		private final String issuerId;

		NextPerson(String issuerId) {
			this.issuerId = issuerId;
		}

		@Override
		public String issuerId() {
			return issuerId;
		}

		private OAuth2TokenCallback who() {
			return next.getOrDefault(issuerId, new DefaultOAuth2TokenCallback(issuerId));
		}

		@Override
		public String subject(TokenRequest request) {
			return who().subject(request);
		}

		@Override
		public String typeHeader(TokenRequest request) {
			return who().typeHeader(request);
		}

		@Override
		public List<String> audience(TokenRequest request) {
			return who().audience(request);
		}

		@Override
		public Map<String, Object> addClaims(TokenRequest request) {
			return who().addClaims(request);
		}

		@Override
		public long tokenExpiry() {
			return who().tokenExpiry();
		}
	}

	private HttpResponse<String> post(URI uri, String form) {
		try {
			return client.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
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
