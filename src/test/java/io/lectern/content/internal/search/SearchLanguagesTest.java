package io.lectern.content.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.content.ContentFolder;
import io.lectern.content.SearchResults;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each course is searched in its own language, beside courses in others, in one index. */
class SearchLanguagesTest {

	@TempDir
	static Path dir;

	static LuceneSearch search;

	@BeforeAll
	static void index() {
		search = LuceneSearch.of(new ContentFolder(dir)
			.file("sicherheit/course.yml", "title: Sicherheit\nlanguage: de\nlessons: [schluessel.md]\n")
			.lesson("sicherheit/schluessel.md", "Verwaltung", "Die Dateien werden über sichere Verbindungen übertragen.\n")
			.file("securite/course.yml", "title: Sécurité\nlanguage: fr\nlessons: [cles.md]\n")
			.lesson("securite/cles.md", "Gestion", "Les clés de chiffrement protègent les données.\n")
			.file("anzen/course.yml", "title: 安全\nlanguage: ja\nlessons: [kagi.md]\n")
			.lesson("anzen/kagi.md", "鍵の管理", "データを守るために暗号鍵を毎年交換します。\n")
			.file("amn/course.yml", "title: الأمان\nlanguage: ar\nlessons: [miftah.md]\n")
			.lesson("amn/miftah.md", "إدارة", "تحمي المفاتيح البيانات المخزنة.\n")
			.file("security/course.yml", "title: Security\nlessons: [keys.md]\n")
			.lesson("security/keys.md", "Keys", "Rotating the keys every year.\n")
			.catalog());
	}

	@Test
	void aGermanSingularFindsItsPlural() {
		assertThat(lessons(search.find("Datei"))).containsExactly("Verwaltung");
		assertThat(lessons(search.find("Verbindung"))).containsExactly("Verwaltung");
		assertThat(lessons(search.find("Daten"))).isEmpty();
	}

	@Test
	void aFrenchSingularFindsItsPlural() {
		assertThat(lessons(search.find("clé"))).containsExactly("Gestion");
		assertThat(lessons(search.find("donnée"))).containsExactly("Gestion");
	}

	@Test
	void aJapaneseWordIsFoundInsideASentenceWrittenWithoutSpaces() {
		SearchResults found = search.find("データ");
		assertThat(lessons(found)).containsExactly("鍵の管理");
		assertThat(found.courses().get(0).hits().get(0).snippet()).contains("<mark>データ</mark>");
		assertThat(lessons(search.find("毎年"))).containsExactly("鍵の管理");
	}

	@Test
	void arabicIsReadWithoutItsArticle() {
		// "المفاتيح" (the keys) is found by "مفاتيح" (keys): the Arabic analyzer takes the article off.
		assertThat(lessons(search.find("مفاتيح"))).containsExactly("إدارة");
	}

	@Test
	void anEnglishCourseKeepsEnglishStemming() {
		assertThat(lessons(search.find("rotated"))).containsExactly("Keys");
		assertThat(lessons(search.find("keys"))).containsExactly("Keys");
	}

	private static List<String> lessons(SearchResults results) {
		return results.courses().stream().flatMap(course -> course.hits().stream()).map(SearchResults.Hit::lesson).toList();
	}
}
