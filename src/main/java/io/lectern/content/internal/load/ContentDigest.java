package io.lectern.content.internal.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over text in parts, in hex: the same parts give the same digest on every start and
 * every instance. Each part ends with a NUL, so that moving text from one part to the next changes it.
 */
final class ContentDigest {

	private final MessageDigest digest;

	private ContentDigest() {
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	static ContentDigest start() {
		return new ContentDigest();
	}

	static String of(String text) {
		return start().add(text).hex();
	}

	ContentDigest add(String part) {
		digest.update(part.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
		return this;
	}

	ContentDigest addAll(Iterable<String> parts) {
		parts.forEach(this::add);
		return this;
	}

	String hex() {
		return HexFormat.of().formatHex(digest.digest());
	}
}
