package io.lectern.content.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.content.Catalog;
import io.lectern.content.ContentFolder;
import io.lectern.content.SearchResults;
import io.lectern.content.internal.load.CatalogLoader;
import io.lectern.content.internal.load.DirectoryTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a reload, the index changes lesson by lesson: an edited lesson is indexed again and found by
 * its new words, not its old ones; an added one is found, a deleted one is not; an unchanged one is
 * left as it was indexed. Counted by the lessons an update reports, never by time.
 */
class UpdatingTheIndexTest {

	@TempDir
	Path dir;

	ContentFolder folder;

	Catalog served;

	LuceneSearch search;

	@BeforeEach
	void indexTwoCourses() {
		folder = new ContentFolder(dir).lesson("alpha/01-keys.md", "Keys", "Rotate the keys every year.\n")
			.lesson("alpha/02-roles.md", "Roles", "Roles hand out short-lived credentials.\n")
			.lesson("beta/01-groups.md", "Groups", "Security groups filter traffic.\n");
		served = folder.catalog();
		search = LuceneSearch.of(served);
	}

	/** As the portal reloads: the changed course loaded again and swapped in, then the index updated. */
	private int reload(String... changed) {
		served.replaceWith(new CatalogLoader().reload(new DirectoryTree(dir), served, List.of(changed)).result().catalog());
		return search.update(served);
	}

	@Test
	void anEditedLessonAloneIsIndexedAgainAndFoundByItsNewWords() {
		folder.lesson("alpha/01-keys.md", "Keys", "Rotate the keys every month, as Zanzibar does.\n");

		assertThat(reload("alpha/01-keys.md")).isEqualTo(1);

		assertThat(lessons("zanzibar")).containsExactly("Keys");
		assertThat(lessons("year")).isEmpty();
		assertThat(lessons("credentials")).containsExactly("Roles");
	}

	@Test
	void anAddedLessonIsFoundAndADeletedOneIsNot() throws Exception {
		folder.lesson("alpha/03-policies.md", "Policies", "An explicit deny wins.\n");
		Files.delete(dir.resolve("alpha/02-roles.md"));

		assertThat(reload("alpha/03-policies.md", "alpha/02-roles.md")).isEqualTo(2);

		assertThat(lessons("deny")).containsExactly("Policies");
		assertThat(lessons("credentials")).isEmpty();
		assertThat(search.find("credentials").total()).isZero();
	}

	@Test
	void aReloadThatChangedNothingSearchShowsIndexesNothing() {
		folder.file("alpha/notes.txt", "Not a lesson.\n");

		assertThat(reload("alpha/notes.txt")).isZero();
		assertThat(lessons("rotate")).containsExactly("Keys");
	}

	@Test
	void aCourseThatTurnsGermanIsSearchedInGerman() {
		folder.file("beta/course.yml", "title: Beta\nlanguage: de\nlessons: [01-groups.md]\n")
			.lesson("beta/01-groups.md", "Gruppen", "Die Dateien werden über sichere Verbindungen übertragen.\n");

		assertThat(reload("beta/course.yml", "beta/01-groups.md")).isEqualTo(1);

		assertThat(lessons("Verbindung")).containsExactly("Gruppen");
		assertThat(lessons("traffic")).isEmpty();
	}

	private List<String> lessons(String query) {
		SearchResults results = search.find(query);
		return results.courses().stream().flatMap(course -> course.hits().stream()).map(SearchResults.Hit::lesson).toList();
	}
}
