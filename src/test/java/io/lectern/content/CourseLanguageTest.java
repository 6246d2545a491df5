package io.lectern.content;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.content.internal.load.LoadResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A course's {@code language:}, from each kind of project file, and what a tag that is not BCP 47 does. */
class CourseLanguageTest {

	@TempDir
	Path dir;

	@Test
	void aCourseIsEnglishUnlessItsProjectFileSaysOtherwise() {
		Catalog catalog = new ContentFolder(dir).file("c/course.yml", "title: Keys\nslug: keys\nlessons: [a.md]\n")
			.lesson("c/a.md", "A", "Text.")
			.catalog();

		assertThat(catalog.course(CourseSlug.of("keys")).orElseThrow().language()).isEqualTo(CourseLanguage.ENGLISH);
	}

	@Test
	void courseYmlNamesTheLanguageAsABcp47Tag() {
		Catalog catalog = new ContentFolder(dir).file("c/course.yml", "title: Chaves\nslug: chaves\nlanguage: pt_br\nlessons: [a.md]\n")
			.lesson("c/a.md", "A", "Texto.")
			.catalog();
		CourseLanguage language = catalog.course(CourseSlug.of("chaves")).orElseThrow().language();

		assertThat(language.tag()).isEqualTo("pt-BR");
		assertThat(language.dir()).isEqualTo("ltr");
	}

	@Test
	void aTagThatIsNotBcp47IsAWarningAtItsLineAndTheCourseStaysEnglish() {
		LoadResult result = new ContentFolder(dir)
			.file("c/course.yml", "title: Keys\nslug: keys\nlanguage: Deutsch!\nlessons: [a.md]\n")
			.lesson("c/a.md", "A", "Text.")
			.load();

		assertThat(result.catalog().course(CourseSlug.of("keys")).orElseThrow().language()).isEqualTo(CourseLanguage.ENGLISH);
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.isError()).isFalse();
			assertThat(problem.file()).isEqualTo("c/course.yml");
			assertThat(problem.line()).isEqualTo(3);
			assertThat(problem.message()).contains("\"Deutsch!\"", "BCP 47");
		});
	}

	@Test
	void aWellFormedTagForNoLanguageIsAWarningToo() {
		LoadResult result = new ContentFolder(dir).file("c/course.yml", "title: Keys\nslug: keys\nlanguage: qq\nlessons: [a.md]\n")
			.lesson("c/a.md", "A", "Text.")
			.load();

		assertThat(result.problems()).extracting(ContentProblem::line).containsExactly(3);
	}

	@Test
	void mystYmlNamesItUnderProject() {
		Catalog catalog = new ContentFolder(dir).file("book/myst.yml", "version: 1\nproject:\n  title: 鍵\n  language: ja\n")
			.lesson("book/intro.md", "はじめに", "本文。")
			.catalog();

		assertThat(catalog.courses().get(0).language().tag()).isEqualTo("ja");
	}

	@Test
	void aJupyterBookNamesItAsSphinxReadsIt() {
		Catalog catalog = new ContentFolder(dir)
			.file("book/_config.yml", "title: أمان\nsphinx:\n  config:\n    language: ar\n")
			.file("book/_toc.yml", "format: jb-book\nroot: intro\n")
			.lesson("book/intro.md", "مقدمة", "نص.")
			.catalog();
		CourseLanguage language = catalog.courses().get(0).language();

		assertThat(language.tag()).isEqualTo("ar");
		assertThat(language.dir()).isEqualTo("rtl");
	}

	@Test
	void theScriptDecidesTheDirectionWhenTheTagNamesOne() {
		assertThat(CourseLanguage.parse("az-Arab").orElseThrow().rightToLeft()).isTrue();
		assertThat(CourseLanguage.parse("he").orElseThrow().rightToLeft()).isTrue();
		assertThat(CourseLanguage.parse("fa-IR").orElseThrow().rightToLeft()).isTrue();
		assertThat(CourseLanguage.parse("uz-Latn").orElseThrow().rightToLeft()).isFalse();
		assertThat(CourseLanguage.parse("de-CH").orElseThrow().rightToLeft()).isFalse();
	}
}
