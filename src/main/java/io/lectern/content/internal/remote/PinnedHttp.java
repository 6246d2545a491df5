package io.lectern.content.internal.remote;

import java.io.BufferedInputStream;
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
 * Only what an image needs: {@code Connection: close}, no compression; the answer is read by
 * {@link HttpResponseReader}.
 */
final class PinnedHttp {

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
			return HttpResponseReader.read(new Deadline(new BufferedInputStream(socket.getInputStream()), deadline), maxBytes);
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
