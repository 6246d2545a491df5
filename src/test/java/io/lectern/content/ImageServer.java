package io.lectern.content;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Another site, as far as a lesson can tell: an HTTP server on 127.0.0.1 that a test fills with
 * pictures and answers, and that remembers every request it had.
 */
public final class ImageServer implements AutoCloseable {

	/** A real 1×1 PNG. */
	public static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	private final HttpServer server;
	private final ExecutorService threads = Executors.newFixedThreadPool(4);
	private final Map<String, List<Headers>> requests = new ConcurrentHashMap<>();

	private ImageServer(HttpServer server) {
		this.server = server;
	}

	public static ImageServer start() {
		try {
			ImageServer images = new ImageServer(
					HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
			images.server.setExecutor(images.threads);
			images.server.start();
			return images;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Answers {@code path} with the status, headers and body given, whatever the request. */
	public ImageServer serve(String path, int status, Map<String, String> headers, byte[] body) {
		return handle(path, exchange -> respond(exchange, status, headers, body));
	}

	/** A PNG with an ETag, answered 304 when the request already has it. */
	public ImageServer png(String path, String etag) {
		return handle(path, exchange -> {
			if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
				respond(exchange, 304, Map.of("ETag", etag), null);
			}
			else {
				respond(exchange, 200, Map.of("Content-Type", "image/png", "ETag", etag), PNG);
			}
		});
	}

	public ImageServer handle(String path, HttpHandler handler) {
		server.createContext(path, exchange -> {
			requests.computeIfAbsent(path, key -> new CopyOnWriteArrayList<>()).add(exchange.getRequestHeaders());
			try (exchange) {
				handler.handle(exchange);
			}
		});
		return this;
	}

	public static void respond(HttpExchange exchange, int status, Map<String, String> headers, byte[] body)
			throws IOException {
		headers.forEach(exchange.getResponseHeaders()::add);
		exchange.sendResponseHeaders(status, body == null ? -1 : body.length);
		if (body != null) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	public String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	/** The headers of every request {@code path} had, oldest first. */
	public List<Headers> requests(String path) {
		return requests.getOrDefault(path, List.of());
	}

	@Override
	public void close() {
		server.stop(0);
		threads.shutdownNow();
	}
}
