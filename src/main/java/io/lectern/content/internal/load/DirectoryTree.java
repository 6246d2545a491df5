package io.lectern.content.internal.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A content folder on disk, as authors keep it next to their course repository. */
public final class DirectoryTree implements ContentTree {

	private final Path root;

	public DirectoryTree(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public String name() {
		Path fileName = root.getFileName();
		return fileName == null ? "content" : fileName.toString();
	}

	@Override
	public List<String> paths() {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile)
				.map(file -> root.relativize(file).toString().replace('\\', '/'))
				.filter(path -> !isHidden(path))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list content folder " + root, ex);
		}
	}

	@Override
	public byte[] read(String path) throws IOException {
		return Files.readAllBytes(root.resolve(path));
	}

	/** Editor backups, {@code .git} and build caches are not content. */
	public static boolean isHidden(String path) {
		for (String part : path.split("/")) {
			if (part.startsWith(".") || part.endsWith("~")) {
				return true;
			}
		}
		return false;
	}
}
