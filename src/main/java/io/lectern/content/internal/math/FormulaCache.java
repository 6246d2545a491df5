package io.lectern.content.internal.math;

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
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rendered formulas kept on disk, so that a restart or a reload renders only formulas it has not
 * seen: a file per formula, named by a hash of its TeX, its display mode, the page's macros and the version of what
 * renders it. Each file is written beside its place and renamed into it, so that lessons rendering
 * in parallel, or a crash halfway, never leave a partial entry where a reader would find it. A
 * cache that cannot be read or written is only slower: formulas are rendered again.
 */
final class FormulaCache {

	private static final Logger log = LoggerFactory.getLogger(FormulaCache.class);

	private static final String RENDERED = "M\n";
	private static final String FAILED = "E\n";

	private final Path dir;
	private final String version;
	private final AtomicBoolean warned = new AtomicBoolean();

	FormulaCache(Path dir, String version) {
		this.dir = dir;
		this.version = version;
	}

	Optional<Formula> get(String tex, boolean display, MathMacros macros) {
		try {
			String entry = Files.readString(fileOf(tex, display, macros), StandardCharsets.UTF_8);
			if (entry.startsWith(RENDERED)) {
				return Optional.of(Formula.rendered(tex, display, entry.substring(RENDERED.length())));
			}
			if (entry.startsWith(FAILED)) {
				return Optional.of(Formula.failed(tex, display, entry.substring(FAILED.length())));
			}
			return Optional.empty();
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			complain(ex);
			return Optional.empty();
		}
	}

	/** Whether an entry for the formula is kept, without reading it. */
	boolean holds(String tex, boolean display, MathMacros macros) {
		return Files.isRegularFile(fileOf(tex, display, macros));
	}

	void put(Formula formula, MathMacros macros) {
		Path file = fileOf(formula.tex(), formula.display(), macros);
		String entry = formula.ok() ? RENDERED + formula.mathMl() : FAILED + formula.error().orElseThrow();
		try {
			Files.createDirectories(file.getParent());
			Path written = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
			try {
				Files.writeString(written, entry, StandardCharsets.UTF_8);
				move(written, file);
			}
			finally {
				Files.deleteIfExists(written);
			}
		}
		catch (IOException ex) {
			complain(ex);
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

	/** The page's macros are part of the key: the same TeX means another formula under other macros. */
	private Path fileOf(String tex, boolean display, MathMacros macros) {
		String key = hash(version + '\n' + (display ? "display" : "inline") + '\n' + macros.key() + '\n' + tex);
		return dir.resolve(key.substring(0, 2)).resolve(key.substring(2));
	}

	private void complain(IOException ex) {
		if (warned.compareAndSet(false, true)) {
			log.warn("The formula cache in {} cannot be used, formulas are rendered at every start: {}", dir, ex.toString());
		}
	}

	private static String hash(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}
}
