package io.lectern.content.internal.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A content folder on disk, as authors keep it next to their course repository, or the portal's
 * checkout of one. Only files inside the folder are content: a symbolic link that leads out of it
 * (to {@code /etc/passwd}, to another checkout) is neither listed nor read, so a watched folder or a
 * pulled commit cannot make the portal serve a file of the machine.
 */
public final class DirectoryTree implements ContentTree {

	private static final Logger log = LoggerFactory.getLogger(DirectoryTree.class);

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
		Path realRoot = realRoot();
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile)
				.filter(file -> !isHidden(relative(file)))
				.filter(file -> inside(realRoot, file))
				.map(this::relative)
				.sorted()
				.toList();
		}
		catch (IOException | UncheckedIOException ex) {
			throw new UncheckedIOException("Cannot list content folder " + root,
					ex instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) ex);
		}
	}

	@Override
	public byte[] read(String path) throws IOException {
		Path file = root.resolve(path).normalize();
		if (!file.startsWith(root) || !inside(realRoot(), file)) {
			throw new NoSuchFileException(path, null, "not inside the content folder");
		}
		return Files.readAllBytes(file);
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

	private String relative(Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}

	private Path realRoot() {
		try {
			return root.toRealPath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read content folder " + root, ex);
		}
	}

	/** Whether {@code file}, its links followed, is in the folder; a link out of it is left out, and said so. */
	private static boolean inside(Path realRoot, Path file) {
		try {
			boolean inside = file.toRealPath().startsWith(realRoot);
			if (!inside) {
				log.warn("Left out {}: it links to a file outside the content folder", file);
			}
			return inside;
		}
		catch (IOException ex) {
			return false;
		}
	}
}
