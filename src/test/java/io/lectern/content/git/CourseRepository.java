package io.lectern.content.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A git repository of courses made by a test in a temporary folder, as an author's is: files
 * written, then committed on {@code main}. The portal clones it by its {@code file://} address.
 */
final class CourseRepository implements AutoCloseable {

	private final Path root;
	private final Git git;

	private CourseRepository(Path root, Git git) {
		this.root = root;
		this.git = git;
	}

	static CourseRepository create(Path root) {
		try {
			return new CourseRepository(root, Git.init().setDirectory(root.toFile()).setInitialBranch("main").call());
		}
		catch (GitAPIException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Path root() {
		return root;
	}

	String url() {
		return root.toUri().toString();
	}

	CourseRepository lesson(String path, String title, String body) {
		return file(path, "---\ntitle: " + title + "\n---\n" + body + "\n");
	}

	CourseRepository file(String path, String text) {
		try {
			Path file = root.resolve(path);
			Files.createDirectories(file.getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8);
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	CourseRepository delete(String path) {
		try {
			git.rm().addFilepattern(path).call();
			return this;
		}
		catch (GitAPIException ex) {
			throw new IllegalStateException(ex);
		}
	}

	CourseRepository link(String path, Path target) {
		try {
			Path link = root.resolve(path);
			Files.createDirectories(link.getParent());
			Files.createSymbolicLink(link, target);
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Commits every change in the folder; the commit's full name. */
	String commit(String message) {
		try {
			git.add().addFilepattern(".").call();
			git.add().addFilepattern(".").setUpdate(true).call();
			RevCommit commit = git.commit().setMessage(message).setAuthor("Author", "author@example.org")
				.setCommitter("Author", "author@example.org").setSign(false).call();
			return commit.name();
		}
		catch (GitAPIException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		git.close();
	}
}
