package io.lectern.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	private final int port;
	private String csrf = "";

	public Browser(int port) {
		this.port = port;
	}

	public HttpResponse<String> get(String path) {
		HttpResponse<String> page = send(request(path).GET().build());
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
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i + 1 < fields.length; i += 2) {
			pairs.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
		}
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
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

	/** Follows a redirect answer to its target. */
	public HttpResponse<String> follow(HttpResponse<String> redirect) {
		return get(location(redirect));
	}

	public static String location(HttpResponse<String> redirect) {
		String location = redirect.headers().firstValue("Location").orElseThrow(
				() -> new AssertionError("Expected a redirect, got " + redirect.statusCode() + ": " + redirect.body()));
		return URI.create(location).getPath();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
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
