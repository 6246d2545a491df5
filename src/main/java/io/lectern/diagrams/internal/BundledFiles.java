package io.lectern.diagrams.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text files that ship inside the application: the bundled diagrams and their stylesheet. */
public final class BundledFiles {

	private BundledFiles() {
	}

	public static String text(String path) {
		try (InputStream in = BundledFiles.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing from the application: " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
