package io.lectern.content.internal.remote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an HTTP/1.1 response from a server nobody vouches for: the status line, headers (each line
 * and their number bounded), and a body by length, chunks or until the connection closes, counted
 * against a cap while it streams, whatever the server announced. Apart from {@link PinnedHttp},
 * which decides where the request goes, because this is the part that must distrust every byte.
 */
final class HttpResponseReader {

	private static final int MAX_HEADER_LINE = 8 * 1024;
	private static final int MAX_HEADER_LINES = 100;

	private HttpResponseReader() {
	}

	/** @return the response, with the body read only for 200 */
	static PinnedHttp.Response read(InputStream in, int maxBytes) throws IOException, RefusedImage {
		int status;
		Map<String, String> headers;
		do {
			status = statusOf(line(in));
			headers = headers(in);
		}
		while (status >= 100 && status < 200); // 103 Early Hints and the like come before the answer
		return new PinnedHttp.Response(status, headers, status == 200 ? body(in, headers, maxBytes) : new byte[0]);
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

	private static byte[] body(InputStream in, Map<String, String> headers, int maxBytes) throws IOException, RefusedImage {
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
}
