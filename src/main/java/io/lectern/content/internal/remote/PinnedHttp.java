package io.lectern.content.internal.remote;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 GET, sent to an address that was checked before, and to no other.
 * <p>
 * Why not {@code java.net.http.HttpClient}: on Java 17 it resolves the host name itself (a resolver
 * hook came with Java 18) and refuses to set {@code Host}, so it cannot be pointed at the address
 * {@link PublicAddresses} approved; a second DNS answer could then send it inside (DNS rebinding).
 * Here the socket connects to the approved address, the {@code Host} header names the host, and TLS
 * gets the host name both for SNI and for the certificate check (endpoint identification
 * {@code HTTPS}), exactly as a client that resolved the name itself would.
 * <p>
 * Only what an image needs: {@code Connection: close}, no compression, a body by length, chunks or
 * until the connection closes, counted against a cap while it streams, whatever the server announced.
 */
final class PinnedHttp {

	private static final int MAX_HEADER_LINE = 8 * 1024;
	private static final int MAX_HEADER_LINES = 100;

	record Response(int status, Map<String, String> headers, byte[] body) {

		Optional<String> header(String name) {
			return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
		}
	}

	private final Duration connectTimeout;
	private final Duration readTimeout;
	private final Duration totalTimeout;
	private final int maxBytes;

	PinnedHttp(Duration connectTimeout, Duration readTimeout, Duration totalTimeout, int maxBytes) {
		this.connectTimeout = connectTimeout;
		this.readTimeout = readTimeout;
		this.totalTimeout = totalTimeout;
		this.maxBytes = maxBytes;
	}

	/** @return the response, with the body read only for 200 */
	Response get(URI uri, InetAddress address, Map<String, String> extraHeaders) throws IOException, RefusedImage {
		boolean tls = uri.getScheme().equals("https");
		int port = uri.getPort() >= 0 ? uri.getPort() : tls ? 443 : 80;
		long deadline = System.nanoTime() + totalTimeout.toNanos();
		try (Socket raw = new Socket()) {
			raw.connect(new InetSocketAddress(address, port), (int) connectTimeout.toMillis());
			raw.setSoTimeout((int) readTimeout.toMillis());
			Socket socket = tls ? secure(raw, withoutBrackets(uri.getHost()), port) : raw;
			send(socket.getOutputStream(), uri, port, tls, extraHeaders);
			InputStream in = new Deadline(new BufferedInputStream(socket.getInputStream()), deadline);
			int status;
			Map<String, String> headers;
			do {
				status = statusOf(line(in));
				headers = headers(in);
			}
			while (status >= 100 && status < 200); // 103 Early Hints and the like come before the answer
			return new Response(status, headers, status == 200 ? body(in, headers) : new byte[0]);
		}
	}

	private static String withoutBrackets(String host) {
		return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
	}

	private static Socket secure(Socket raw, String host, int port) throws IOException {
		SSLSocket socket = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(raw, host, port,
				true);
		SSLParameters parameters = socket.getSSLParameters();
		parameters.setEndpointIdentificationAlgorithm("HTTPS");
		socket.setSSLParameters(parameters);
		socket.startHandshake();
		return socket;
	}

	private static void send(OutputStream out, URI uri, int port, boolean tls, Map<String, String> extraHeaders)
			throws IOException {
		String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
				+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		boolean defaultPort = port == (tls ? 443 : 80);
		StringBuilder request = new StringBuilder().append("GET ").append(target).append(" HTTP/1.1\r\n")
			.append("Host: ").append(uri.getHost()).append(defaultPort ? "" : ":" + port).append("\r\n")
			.append("User-Agent: Lectern (keeps a course's images at home)\r\n")
			.append("Accept: image/*\r\n")
			.append("Accept-Encoding: identity\r\n")
			.append("Connection: close\r\n");
		extraHeaders.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
	}

	private static int statusOf(String line) throws IOException {
		String[] parts = line.split(" ", 3);
		if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("[0-9]{3}")) {
			throw new IOException("not an HTTP response");
		}
		return Integer.parseInt(parts[1]);
	}

	private static Map<String, String> headers(InputStream in) throws IOException {
		Map<String, String> headers = new HashMap<>();
		for (int count = 0;; count++) {
			String line = line(in);
			if (line.isEmpty()) {
				return headers;
			}
			int colon = line.indexOf(':');
			if (count == MAX_HEADER_LINES || colon <= 0) {
				throw new IOException("malformed response headers");
			}
			headers.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
		}
	}

	private byte[] body(InputStream in, Map<String, String> headers) throws IOException, RefusedImage {
		Capped out = new Capped(maxBytes);
		if (headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT).contains("chunked")) {
			for (long size = chunkSize(line(in)); size > 0; size = chunkSize(line(in))) {
				copy(in, out, size);
				line(in);
			}
			while (!line(in).isEmpty()) {
				// trailers, which an image has no use for
			}
		}
		else if (headers.containsKey("content-length")) {
			copy(in, out, parseLength(headers.get("content-length")));
		}
		else {
			copy(in, out, Long.MAX_VALUE);
		}
		return out.toByteArray();
	}

	private static long chunkSize(String line) throws IOException {
		int extension = line.indexOf(';');
		return parseHex(extension < 0 ? line.strip() : line.substring(0, extension).strip());
	}

	private static long parseHex(String digits) throws IOException {
		if (!digits.matches("[0-9a-fA-F]{1,15}")) {
			throw new IOException("malformed chunk size");
		}
		return Long.parseLong(digits, 16);
	}

	private static long parseLength(String value) throws IOException {
		if (!value.matches("[0-9]{1,18}")) {
			throw new IOException("malformed Content-Length");
		}
		return Long.parseLong(value);
	}

	/** Copies up to {@code length} bytes, or to the end of the stream when the length is unknown. */
	private static void copy(InputStream in, Capped out, long length) throws IOException, RefusedImage {
		byte[] buffer = new byte[16 * 1024];
		long left = length;
		while (left > 0) {
			int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
			if (read < 0) {
				if (length == Long.MAX_VALUE) {
					return;
				}
				throw new IOException("the connection closed before the whole image came");
			}
			out.write(buffer, read);
			left -= read;
		}
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				throw new IOException("the connection closed in the middle of the response");
			}
			if (line.size() == MAX_HEADER_LINE) {
				throw new IOException("a response line is too long");
			}
			line.write(b);
		}
		String text = line.toString(StandardCharsets.ISO_8859_1);
		return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
	}

	/** The body so far, refused the moment it passes the cap. */
	private static final class Capped {

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		private final int max;

		Capped(int max) {
			this.max = max;
		}

		void write(byte[] buffer, int length) throws RefusedImage {
			if (bytes.size() + (long) length > max) {
				throw new RefusedImage("it is larger than " + max / (1024 * 1024) + " MB");
			}
			bytes.write(buffer, 0, length);
		}

		byte[] toByteArray() {
			return bytes.toByteArray();
		}
	}

	/**
	 * Each read waits at most the read time-out; this bounds the whole response too, so a server
	 * that sends a byte now and then cannot hold a fetch for ever.
	 */
	private static final class Deadline extends InputStream {

		private final InputStream in;
		private final long deadline;

		Deadline(InputStream in, long deadline) {
			this.in = in;
			this.deadline = deadline;
		}

		@Override
		public int read() throws IOException {
			check();
			return in.read();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			check();
			return in.read(buffer, offset, length);
		}

		private void check() throws SocketTimeoutException {
			if (System.nanoTime() > deadline) {
				throw new SocketTimeoutException("the server took too long");
			}
		}
	}
}
