package io.lectern.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A plain HTTP client against the running portal, so full tests see exactly what a browser sees. */
public final class HttpPages {

	private final HttpClient client = HttpClient.newHttpClient();
	private final int port;

	public HttpPages(int port) {
		this.port = port;
	}

	public HttpResponse<String> get(String path, String... headers) {
		return send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<byte[]> getBytes(String path, String... headers) {
		return send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	public HttpResponse<String> post(String path, String... headers) {
		return send(request(path, headers).POST(HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		return headers.length == 0 ? builder : builder.headers(headers);
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
		try {
			return client.send(request, body);
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
