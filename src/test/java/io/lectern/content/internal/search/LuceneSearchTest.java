package io.lectern.content.internal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lectern.content.ContentFolder;
import io.lectern.content.SearchResults;
import io.lectern.content.SearchResults.Hit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LuceneSearchTest {

	@TempDir
	static Path dir;

	static LuceneSearch search;

	@BeforeAll
	static void index() {
		search = LuceneSearch.of(new ContentFolder(dir)
			.file("security/course.yml", "title: Security\nlessons: [keys.md, buckets.md, scripts.md]\n")
			.lesson("security/keys.md", "Encryption keys", """
					Who holds the key decides who can read the data.

					## Rotation

					Rotate keys every year.
					""")
			.lesson("security/buckets.md", "Buckets", """
					Intro about storage.

					## Protecting objects

					S3 applies encryption to every new object, and the least privilege rule limits readers.
					Privilege is least where nobody needs it.
					""")
			.lesson("security/scripts.md", "Scripts", """
					Commands to run.

					```sh
					aws s3 cp --sse aws:kms encryption-test.txt s3://bucket/
					```

					Compare a < b && "quoted" `<script>alert(1)</script>` markers.
					""")
			.file("networks/course.yml", "title: Networks\nlessons: [groups.md]\n")
			.lesson("networks/groups.md", "Security groups", "Security groups filter traffic; encryption is elsewhere.\n")
			.catalog());
	}

	@Test
	void aTitleHitBeatsABodyHit() {
		assertThat(lessons(search.find("encryption"))).startsWith("Encryption keys");
	}

	@Test
	void prosWeighsMoreThanCode() {
		List<String> found = lessons(search.find("encryption"));
		assertThat(found.indexOf("Buckets")).isLessThan(found.indexOf("Scripts"));
	}

	@Test
	void anyFormOfAWordFindsTheOthers() {
		assertThat(lessons(search.find("encrypting"))).contains("Encryption keys", "Buckets");
		assertThat(lessons(search.find("rotated"))).containsExactly("Encryption keys");
	}

	@Test
	void aPrefixMatchesTheBeginningOfWords() {
		assertThat(lessons(search.find("encrypt*"))).contains("Encryption keys", "Buckets", "Security groups");
		assertThat(lessons(search.find("rota*"))).containsExactly("Encryption keys");
	}

	@Test
	void aPhraseMatchesOnlyWordsSideBySide() {
		assertThat(lessons(search.find("\"least privilege\""))).containsExactly("Buckets");
		assertThat(lessons(search.find("\"privilege rule\""))).containsExactly("Buckets");
		assertThat(lessons(search.find("\"rule privilege\""))).isEmpty();
		assertThat(lessons(search.find("\"key rotation\""))).isEmpty();
	}

	@Test
	void everyWordMustMatch() {
		assertThat(lessons(search.find("encryption traffic"))).containsExactly("Security groups");
	}

	@Test
	void aHitLinksToTheHeadingOverTheMatch() {
		Hit hit = hits(search.find("rotate")).get(0);
		assertThat(hit.url()).isEqualTo("/courses/security/keys#rotation");
		assertThat(hit.heading()).isEqualTo("Rotation");
		assertThat(hit.snippet()).isEqualTo("<mark>Rotate</mark> keys every year.");
	}

	@Test
	void resultsAreGroupedByCourse() {
		SearchResults results = search.find("encryption");
		assertThat(results.courses()).extracting(SearchResults.CourseHits::title).containsExactly("Security", "Networks");
		assertThat(results.total()).isEqualTo(4);
	}

	@Test
	void snippetsEscapeTheLessonsText() {
		String snippet = hits(search.find("markers")).get(0).snippet();
		assertThat(snippet).contains("a &lt; b &amp;&amp; &quot;quoted&quot; &lt;script&gt;alert(1)&lt;&#x2F;script&gt; <mark>markers</mark>")
			.doesNotContain("<script");
	}

	@ParameterizedTest
	@ValueSource(strings = { "AND (", "\"unclosed", "*", "?", "\\", "title:", "~", "[a TO", "{}", "/regex", "!!", "&&", "-", "encryption)" })
	void anyQueryAReaderCanTypeGetsAnAnswerNotAnError(String query) {
		SearchResults results = search.find(query);
		assertThat(results.query()).isEqualTo(query.strip());
	}

	@Test
	void aMalformedQueryIsSearchedAsPlainTextWithANotice() {
		SearchResults results = search.find("encryption)");
		assertThat(results.notice()).contains("search.notice.plainText");
		assertThat(lessons(results)).contains("Encryption keys");
	}

	@Test
	void anEmptyQueryAsksForWordsAndAnOverlongOneIsRefused() {
		assertThat(search.find("   ").notice()).contains("search.notice.empty");
		assertThat(search.find("zebra").notice()).contains("search.notice.none");
		assertThatThrownBy(() -> search.find("x".repeat(201))).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Search for at most 200 characters.");
	}

	private static List<Hit> hits(SearchResults results) {
		return results.courses().stream().flatMap(course -> course.hits().stream()).toList();
	}

	private static List<String> lessons(SearchResults results) {
		return hits(results).stream().map(Hit::lesson).toList();
	}
}
