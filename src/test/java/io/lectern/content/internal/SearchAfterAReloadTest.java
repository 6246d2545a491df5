package io.lectern.content.internal;

import io.lectern.content.AfterFirstPage;
import java.time.Duration;
import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ProblemBoard;
import io.lectern.content.Catalog;
import io.lectern.content.ContentFolder;
import io.lectern.content.SearchResults;
import io.lectern.content.internal.load.CatalogLoader;
import io.lectern.content.internal.load.DirectoryTree;
import io.lectern.content.internal.search.BackgroundSearch;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search made as soon as a reload returns finds the reloaded text, whether the index built at
 * start-up was ready before the reload or was still being built: the reload indexes the changed
 * lessons before it returns, or has its update follow the build. No waiting, no timing.
 */
class SearchAfterAReloadTest {

	@TempDir
	Path dir;

	@Test
	void aSearchRightAfterAReloadFindsTheNewText() {
		ContentFolder folder = new ContentFolder(dir).lesson("alpha/01-keys.md", "Keys", "Rotate the keys every year.\n")
			.lesson("alpha/02-roles.md", "Roles", "Roles hand out short-lived credentials.\n");
		Catalog catalog = folder.catalog();
		BackgroundSearch search = new BackgroundSearch(catalog);
		ProblemBoard board = new ProblemBoard();
		ContentReloads reloads = new ContentReloads(catalog, CatalogLoader::new, board, new BackgroundTypesetting(board, new AfterFirstPage(Duration.ZERO)),
				search, event -> {
				});
		search.start();

		for (String word : List.of("zanzibar", "xylophone", "quokka")) {
			folder.lesson("alpha/01-keys.md", "Keys", "Rotate the keys as " + word + " does.\n");
			reloads.reload(new DirectoryTree(dir), Set.of("alpha/01-keys.md"));

			assertThat(lessons(search.find(word))).containsExactly("Keys");
		}
		assertThat(lessons(search.find("zanzibar"))).isEmpty();
		assertThat(lessons(search.find("credentials"))).containsExactly("Roles");
	}

	private static List<String> lessons(SearchResults results) {
		return results.courses().stream().flatMap(course -> course.hits().stream()).map(SearchResults.Hit::lesson).toList();
	}
}
