package io.lectern.content.internal.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reading content files as text. A file that cannot be read is an operator problem, not an author's. */
final class ContentFiles {

	private ContentFiles() {
	}

	static String text(ContentTree tree, String path) {
		try {
			return new String(tree.read(path), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read content file " + path, ex);
		}
	}
}
