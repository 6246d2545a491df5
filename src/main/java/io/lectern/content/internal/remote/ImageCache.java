package io.lectern.content.internal.remote;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Images from other sites kept on disk by URL, each with the validators its server sent
 * ({@code ETag}, {@code Last-Modified}), so that the next start asks "has it changed?" instead of
 * fetching it again. One file an image, the picture and what is known of it together, written to a
 * temporary file and renamed into place: a crash leaves the old copy or the new one, never half.
 */
final class ImageCache {

	private static final Logger log = LoggerFactory.getLogger(ImageCache.class);
	private static final int FORMAT = 1;

	record Entry(ImageType type, byte[] bytes, String etag, String lastModified) {
	}

	private final Path dir;

	ImageCache(Path dir) {
		this.dir = dir;
	}

	/** The name a URL's image is kept and served under: its SHA-256, which no URL can steer. */
	static String key(String url) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	Optional<Entry> read(String url) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file(url))))) {
			if (in.readInt() != FORMAT || !in.readUTF().equals(url)) {
				return Optional.empty();
			}
			ImageType type = ImageType.valueOf(in.readUTF());
			String etag = in.readUTF();
			String lastModified = in.readUTF();
			return Optional.of(new Entry(type, in.readNBytes(in.readInt()), etag, lastModified));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException | IllegalArgumentException ex) {
			log.warn("Ignoring the unreadable cached copy of {}: {}", url, ex.toString());
			return Optional.empty();
		}
	}

	void write(String url, Entry entry) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(entry.bytes().length + 256);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeInt(FORMAT);
			out.writeUTF(url);
			out.writeUTF(entry.type().name());
			out.writeUTF(entry.etag());
			out.writeUTF(entry.lastModified());
			out.writeInt(entry.bytes().length);
			out.write(entry.bytes());
			Files.createDirectories(dir);
			Path temporary = Files.createTempFile(dir, key(url), ".part");
			try {
				Files.write(temporary, bytes.toByteArray());
				move(temporary, file(url));
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			// The image is still shown from memory; only the next start has to fetch it again.
			log.warn("Could not keep a copy of {} in {}: {}", url, dir, ex.toString());
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private Path file(String url) {
		return dir.resolve(key(url) + ".image");
	}
}
