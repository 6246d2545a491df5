package io.lectern.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser against the running portal: it keeps its cookies (so its own session),
 * follows no redirects on its own, and posts forms with the CSRF token of the last page it read,
 * as a real form would.
 */
public final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager();
	private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
	private int port;
	private String csrf = "";
	private String languages;

	public Browser(int port) {
		this.port = port;
	}

	/**
	 * The same browser, cookies and all, from now on talking to the instance on another port, as
	 * when a load balancer sends its next request elsewhere.
	 */
	public Browser switchTo(int otherPort) {
		this.port = otherPort;
		return this;
	}

	/** A browser in which a new learner has just registered, and so is logged in. */
	public static Browser newLearner(int port) {
		Browser browser = new Browser(port);
		browser.register("learner-" + UUID.randomUUID().toString().substring(0, 13), "Test Learner");
		return browser;
	}

	/** Registers with {@link #PASSWORD}; registering logs the new account in. */
	public HttpResponse<String> register(String username, String displayName) {
		get("/register");
		HttpResponse<String> registered = submit("/register", "displayName", displayName, "username", username, "password",
				PASSWORD, "confirmPassword", PASSWORD);
		if (registered.statusCode() != 302) {
			throw new AssertionError("Registration failed with " + registered.statusCode() + ": " + registered.body());
		}
		return registered;
	}

	public HttpResponse<String> logIn(String username, String password) {
		get("/login");
		return submit("/login", "username", username, "password", password);
	}

	/** A password that every account made by tests shares: long and uncommon enough for the rules. */
	public static final String PASSWORD = "correct horse battery staple 42";

	public HttpResponse<String> get(String path) {
		return get(path, new String[0]);
	}

	/** Reads a page sending these headers too (name, value pairs), such as the Accept header a browser sends. */
	public HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = request(path);
		if (headers.length > 0) {
			request.headers(headers);
		}
		HttpResponse<String> page = send(request.GET().build());
		Matcher token = CSRF.matcher(page.body());
		if (token.find()) {
			csrf = token.group(1);
		}
		return page;
	}

	/** Posts a form with the CSRF token of the last page read; {@code fields} are name, value pairs. */
	public HttpResponse<String> submit(String path, String... fields) {
		List<String> all = new ArrayList<>(List.of(fields));
		all.add("_csrf");
		all.add(csrf);
		return postForm(path, all.toArray(String[]::new));
	}

	/** Posts a form exactly as given: no CSRF token unless the fields carry one. */
	public HttpResponse<String> postForm(String path, String... fields) {
		return post(path, new String[0], fields);
	}

	/** Posts a form exactly as given, with these headers too (name, value pairs): no CSRF token unless the fields carry one. */
	public HttpResponse<String> postForm(String path, String[] headers, String... fields) {
		return post(path, headers, fields);
	}

	private HttpResponse<String> post(String path, String[] headers, String[] fields) {
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i + 1 < fields.length; i += 2) {
			pairs.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
		}
		HttpRequest.Builder request = request(path);
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(pairs.stream().collect(Collectors.joining("&"))))
			.build());
	}

	/** Sends JSON with the session's CSRF token in its header, as an API client does. */
	public HttpResponse<String> sendJson(String method, String path, String json) {
		String token = get("/api/csrf").body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
		return send(request(path).header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", token)
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/**
	 * Sends JSON with the CSRF token of the last page read in its header, as a page's own script does
	 * (the passkey ceremonies): unlike {@link #sendJson}, it asks the JSON API for nothing.
	 */
	public HttpResponse<String> sendJsonFromPage(String path, String json, String... headers) {
		HttpRequest.Builder request = request(path);
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", csrf)
			.POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/** The session cookie's value, if the portal gave this browser a session. */
	public Optional<String> sessionId() {
		return cookies.getCookieStore().getCookies().stream()
			.filter(cookie -> cookie.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	/** Sends a request with the given headers, and form fields with the CSRF token of the last page read. */
	public HttpResponse<String> submitWithHeaders(String path, String[] headers, String... fields) {
		List<String> all = new ArrayList<>(List.of(fields));
		all.add("_csrf");
		all.add(csrf);
		return post(path, headers, all.toArray(String[]::new));
	}

	/** Follows a redirect answer to its target. */
	public HttpResponse<String> follow(HttpResponse<String> redirect) {
		URI target = URI.create(redirect.headers().firstValue("Location").orElseThrow());
		return get(target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
	}

	public static String location(HttpResponse<String> redirect) {
		String location = redirect.headers().firstValue("Location").orElseThrow(
				() -> new AssertionError("Expected a redirect, got " + redirect.statusCode() + ": " + redirect.body()));
		return URI.create(location).getPath();
	}

	/** Opens a stream of lines, such as Server-Sent Events, read as they come; closing the stream ends the request. */
	public HttpResponse<java.util.stream.Stream<String>> openLines(String path) {
		try {
			return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofLines());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		return languages == null ? request : request.header("Accept-Language", languages);
	}

	/** From now on asks for pages in these languages, as a browser set to them does ("de-DE,de;q=0.9"). */
	public Browser speaking(String acceptLanguage) {
		this.languages = acceptLanguage;
		return this;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
