package io.lectern.content.internal.load;

import io.lectern.content.ContentFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

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

	/** The YAML files among {@code files} other than {@code course.yml}, for the modules that define things there. */
	static List<ContentFile> dataFiles(ContentTree tree, Set<String> files) {
		return files.stream()
			.filter(path -> (path.endsWith(".yml") || path.endsWith(".yaml")) && !path.endsWith("/" + CoursePlanner.MANIFEST)
					&& !path.equals(CoursePlanner.MANIFEST))
			.sorted()
			.map(path -> new ContentFile(path, text(tree, path)))
			.toList();
	}
}
