package io.lectern.content;

import io.lectern.content.internal.load.CatalogLoader;
import io.lectern.content.internal.load.DirectoryTree;
import io.lectern.content.internal.load.LoadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A content folder written by a test, file by file, and loaded the way the portal loads one. */
public final class ContentFolder {

	private final Path root;

	public ContentFolder(Path root) {
		this.root = root;
	}

	public Path root() {
		return root;
	}

	public ContentFolder file(String path, String text) {
		return bytes(path, text.getBytes(StandardCharsets.UTF_8));
	}

	public ContentFolder bytes(String path, byte[] bytes) {
		try {
			Path file = root.resolve(path);
			Files.createDirectories(file.getParent());
			Files.write(file, bytes);
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A lesson with the given title and Markdown body. */
	public ContentFolder lesson(String path, String title, String body) {
		return file(path, "---\ntitle: " + title + "\n---\n" + body);
	}

	public LoadResult load() {
		return load(new CatalogLoader());
	}

	/** Loads with a loader of the test's choosing, one that fetches images from other sites for instance. */
	public LoadResult load(CatalogLoader loader) {
		return loader.load(new DirectoryTree(root));
	}

	/** Loads and insists there was no problem, for tests about what a good folder becomes. */
	public Catalog catalog() {
		LoadResult result = load();
		if (!result.problems().isEmpty()) {
			throw new AssertionError("Unexpected content problems: " + result.problems());
		}
		return result.catalog();
	}
}
