package io.lectern.diagrams.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The diagrams' stylesheet, {@code /css/diagrams.css}: pages link it, and a standalone SVG embeds
 * it, so both are styled by one file. Embedded, it loses comments and indentation, and its hash
 * lets the SVG's Content-Security-Policy allow exactly this style and nothing else.
 */
public final class DiagramStyle {

	private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
	private static final Pattern SPACE = Pattern.compile("\\s*\\n\\s*");

	private static final String CSS = SPACE.matcher(COMMENT.matcher(BundledFiles.text("/static/css/diagrams.css")).replaceAll(""))
		.replaceAll("\n")
		.strip();

	private static final String CSP_SOURCE = "'sha256-" + sha256(CSS) + "'";

	private DiagramStyle() {
	}

	public static String css() {
		return CSS;
	}

	public static String cspSource() {
		return CSP_SOURCE;
	}

	private static String sha256(String text) {
		try {
			return Base64.getEncoder()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}
}
