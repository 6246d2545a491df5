package io.lectern.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and the pages under {@code docs/} link to each other by relative paths and heading
 * anchors; a page renamed or a heading reworded must not leave a link leading nowhere.
 */
class DocumentationLinksTest {

	private static final Path ROOT = Path.of("").toAbsolutePath();

	@Test
	void everyRelativeLinkAndAnchorBetweenTheReadmeAndTheDocsResolves() throws IOException {
		List<String> broken = new ArrayList<>();
		int checked = 0;
		for (Path page : pages()) {
			for (MarkdownPage.Link link : MarkdownPage.read(page).links()) {
				checked++;
				problem(page, link).ifPresent(broken::add);
			}
		}
		assertThat(checked).as("links checked").isGreaterThan(50);
		assertThat(broken).isEmpty();
	}

	@Test
	void theReadmeLinksToEveryPageOfTheDocs() throws IOException {
		String readme = Files.readString(ROOT.resolve("README.md"));
		try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
			assertThat(docs.filter(path -> path.toString().endsWith(".md")))
				.allSatisfy(page -> assertThat(readme).contains("](docs/" + page.getFileName() + ")"));
		}
	}

	@Test
	void theReadmeStaysShortAndStartsWithTheTwoCommands() throws IOException {
		List<String> readme = Files.readAllLines(ROOT.resolve("README.md"));
		assertThat(readme.size()).isLessThanOrEqualTo(220);
		assertThat(readme.subList(0, 15)).contains(
				"./mvnw spring-boot:run     # then open http://localhost:8080",
				"./mvnw verify              # build and run every test");
	}

	private static Optional<String> problem(Path page, MarkdownPage.Link link) throws IOException {
		String where = ROOT.relativize(page) + ":" + link.line() + ": " + link.target();
		Path target = link.path().isEmpty() ? page : page.getParent().resolve(link.path()).normalize();
		if (!target.startsWith(ROOT) || !Files.exists(target)) {
			return Optional.of(where + " (no such file)");
		}
		if (link.anchor().isPresent()) {
			if (!target.toString().endsWith(".md")) {
				return Optional.of(where + " (an anchor into a file that is not Markdown)");
			}
			if (!MarkdownPage.read(target).anchors().contains(link.anchor().get())) {
				return Optional.of(where + " (no such heading)");
			}
		}
		return Optional.empty();
	}

	private static List<Path> pages() throws IOException {
		List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
		try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
			docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
		}
		return pages;
	}
}
