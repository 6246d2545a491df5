package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sphinx sets every Jupyter Book 1 page's quotes and dashes (docutils' SmartQuotes, on by default),
 * in the book's language; mystmd leaves them as written. The same page reads as its own site shows it.
 */
class SmartQuotesTest {

	private static final String PAGE = """
			# Velocity

			The ''velocity dividend'' --- as "Cagan" called it --- isn't 'free', see pages 3--5...

			Run `--verbose "x"` and $a--b$ stays.
			""";

	@TempDir
	Path dir;

	private String velocity(ContentFolder folder, String course) {
		return folder.file(course + "/velocity.md", PAGE).catalog().lesson(CourseSlug.of(course), LessonSlug.of("velocity"))
			.orElseThrow().html();
	}

	@Test
	void aJupyterBookPageHasCurlyQuotesDashesAndEllipsesButCodeAndFormulasKeepTheirs() {
		String html = velocity(new ContentFolder(dir).file("book/_toc.yml", "format: jb-book\nroot: velocity\n"), "book");

		assertThat(html).contains("The \u2018\u2018velocity dividend\u2019\u2019 \u2014 as \u201cCagan\u201d called it \u2014 "
				+ "isn\u2019t \u2018free\u2019, see pages 3\u20135\u2026")
			.contains("<code>--verbose &quot;x&quot;</code>")
			.contains("<annotation encoding=\"application/x-tex\">a--b</annotation>");
	}

	@Test
	void aGermanBookTakesGermanQuotationMarks() {
		String html = velocity(new ContentFolder(dir).file("buch/_toc.yml", "format: jb-book\nroot: velocity\n")
			.file("buch/_config.yml", "title: Buch\nlanguage: de\n"), "buch");

		assertThat(html).contains("as \u201eCagan\u201c called it");
	}

	@Test
	void aMystmdProjectKeepsItsQuotesAsWritten() {
		String html = velocity(new ContentFolder(dir).file("site/myst.yml", "version: 1\nproject:\n  title: Site\n"), "site");

		assertThat(html).contains("The ''velocity dividend'' --- as &quot;Cagan&quot; called it --- isn't 'free', see pages 3--5...");
	}
}
