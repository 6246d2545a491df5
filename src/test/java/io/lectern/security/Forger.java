package io.lectern.security;

import io.lectern.web.Browser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Requests made by hand, as another site, a proxy or a careless client would make them: any method,
 * headers and body exactly as given, with a person's session cookie when the request rides on
 * their login (a browser sends it along with a form another site posts). Unlike {@link Browser} it
 * adds no CSRF token of its own: another site cannot read one, so a test adds it only to get past
 * the check on purpose.
 */
final class Forger {

	private final HttpClient client = HttpClient.newHttpClient();
	private final int port;

	Forger(int port) {
		this.port = port;
	}

	/** The headers that carry this browser's session, none when it has no session. */
	static List<String> sessionOf(Browser browser) {
		return browser.sessionId().map(id -> List.of("Cookie", "JSESSIONID=" + id)).orElse(List.of());
	}

	HttpResponse<String> send(String method, String path, String body, List<String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (!headers.isEmpty()) {
			request.headers(headers.toArray(String[]::new));
		}
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A GET of a request target written byte for byte, for targets no HTTP client would send (a
	 * broken percent escape, say); the answer as its status and everything after the status line.
	 */
	RawAnswer getRaw(String target) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			String statusLine = answer.substring(0, answer.indexOf("\r\n"));
			return new RawAnswer(Integer.parseInt(statusLine.split(" ")[1]), answer.substring(statusLine.length()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What came back for a request sent byte for byte: headers and body together, unparsed. */
	record RawAnswer(int status, String text) {
	}

	HttpResponse<String> get(String path, Browser as, String... headers) {
		List<String> all = new ArrayList<>(sessionOf(as));
		all.addAll(List.of(headers));
		return send("GET", path, null, all);
	}
}
