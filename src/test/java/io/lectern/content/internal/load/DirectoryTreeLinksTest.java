package io.lectern.content.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A watched folder or a checkout holding symbolic links: only what stays inside the folder is content. */
class DirectoryTreeLinksTest {

	@TempDir
	Path dir;

	@Test
	void aLinkToAFileOutsideTheFolderIsNeitherListedNorRead() throws IOException {
		Path outside = Files.writeString(Files.createDirectories(dir.resolve("machine")).resolve("secret.md"), "secret");
		Path content = Files.createDirectories(dir.resolve("content/course"));
		Files.writeString(content.resolve("01-lesson.md"), "A lesson.");
		Files.createSymbolicLink(content.resolve("02-secret.md"), outside);
		Files.createSymbolicLink(content.resolve("folder"), outside.getParent());
		DirectoryTree tree = new DirectoryTree(dir.resolve("content"));

		assertThat(tree.paths()).containsExactly("course/01-lesson.md");
		assertThatExceptionOfType(NoSuchFileException.class).isThrownBy(() -> tree.read("course/02-secret.md"));
		assertThatExceptionOfType(NoSuchFileException.class).isThrownBy(() -> tree.read("course/folder/secret.md"));
		assertThatExceptionOfType(NoSuchFileException.class).isThrownBy(() -> tree.read("../machine/secret.md"));
	}

	@Test
	void aLinkToAnotherFileOfTheFolderIsContent() throws IOException {
		Path content = Files.createDirectories(dir.resolve("content/course"));
		Files.writeString(content.resolve("01-lesson.md"), "A lesson.");
		Files.createSymbolicLink(content.resolve("02-same.md"), content.resolve("01-lesson.md"));
		DirectoryTree tree = new DirectoryTree(dir.resolve("content"));

		assertThat(tree.paths()).containsExactly("course/01-lesson.md", "course/02-same.md");
		assertThat(new String(tree.read("course/02-same.md"))).isEqualTo("A lesson.");
	}
}
