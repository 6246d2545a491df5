package io.lectern.content.internal.remote;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of picture the portal keeps from other sites. A response is one of them only when the
 * server says so ({@code Content-Type}) and its first bytes agree: a page of HTML labelled
 * {@code image/png} is not an image, and neither is an image labelled as something else.
 */
enum ImageType {

	PNG("image/png", "png"), JPEG("image/jpeg", "jpg"), GIF("image/gif", "gif"), WEBP("image/webp", "webp"),
	AVIF("image/avif", "avif"), SVG("image/svg+xml", "svg");

	/** Before {@code <svg}: a byte order mark, an XML declaration, comments and a document type. */
	private static final Pattern SVG_START = Pattern.compile(
			"^\\uFEFF?\\s*(<\\?xml[^>]*\\?>\\s*)?(<!--.*?-->\\s*|<!DOCTYPE[^>\\[]*(\\[[^\\]]*])?\\s*>\\s*)*<svg[\\s>/]",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	final String mediaType;
	final String extension;

	ImageType(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	/** @param contentType the header as sent, parameters and all */
	static Optional<ImageType> declared(String contentType) {
		String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		if (type.equals("image/jpg") || type.equals("image/pjpeg")) {
			return Optional.of(JPEG);
		}
		return Arrays.stream(values()).filter(image -> image.mediaType.equals(type)).findFirst();
	}

	static Optional<ImageType> sniffed(byte[] bytes) {
		if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a)) {
			return Optional.of(PNG);
		}
		if (startsWith(bytes, 0, 0xff, 0xd8, 0xff)) {
			return Optional.of(JPEG);
		}
		if (startsWith(bytes, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(bytes, 0, 'G', 'I', 'F', '8', '9', 'a')) {
			return Optional.of(GIF);
		}
		if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
			return Optional.of(WEBP);
		}
		if (startsWith(bytes, 4, 'f', 't', 'y', 'p', 'a', 'v', 'i', 'f')
				|| startsWith(bytes, 4, 'f', 't', 'y', 'p', 'a', 'v', 'i', 's')) {
			return Optional.of(AVIF);
		}
		String start = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
		return SVG_START.matcher(start).find() ? Optional.of(SVG) : Optional.empty();
	}

	private static boolean startsWith(byte[] bytes, int offset, int... expected) {
		if (bytes.length < offset + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((bytes[offset + i] & 0xff) != expected[i]) {
				return false;
			}
		}
		return true;
	}
}
