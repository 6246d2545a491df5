package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.internal.load.LoadResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jupyter Book folders, both layouts, become complete courses through their tables of contents. */
class JupyterBookTocTest {

	private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

	private static Catalog load(String book) {
		return new ContentFolder(FIXTURES.resolve(book)).catalog();
	}

	private static List<String> titles(List<? extends OutlineItem> items) {
		return items.stream().map(item -> (item.external() ? "external " : "") + item.title()).toList();
	}

	@Test
	void aLegacyTocOrdersLessonsIntoSectionsByHeadersAndDividers() {
		Course course = load("legacy-book").course(CourseSlug.of("legacy-book")).orElseThrow();

		assertThat(course.title()).isEqualTo("Big Data on AWS");
		assertThat(course.summary()).isEqualTo("Storing, moving and securing data at scale.");
		assertThat(course.sections()).extracting(Section::title).containsExactly(null, "Lessons", null);
		assertThat(titles(course.sections().get(0).items())).containsExactly("Welcome", "How to read this book");
		assertThat(titles(course.sections().get(1).items())).containsExactly("Lesson 6 - Visualization",
				"Lesson 6 exercises", "Lesson 7 - Data Security", "external Discussion forum");
		assertThat(titles(course.sections().get(2).items())).containsExactly("Glossary");
		assertThat(course.sections().get(1).items().get(3).url()).isEqualTo("https://example.org/forum");
		assertThat(course.lessons()).hasSize(6);
	}

	@Test
	void legacyPagesAreReadFromTheBuildFolderFirstThenFromContent() {
		Catalog catalog = load("legacy-book");

		assertThat(catalog.lesson(CourseSlug.of("legacy-book"), LessonSlug.of("intro")).orElseThrow().title()).isEqualTo("Welcome");
		assertThat(catalog.lesson(CourseSlug.of("legacy-book"), LessonSlug.of("intro")).orElseThrow().source()).isEqualTo("_build/intro.md");
		assertThat(catalog.lesson(CourseSlug.of("legacy-book"), LessonSlug.of("index")).orElseThrow().source()).isEqualTo("content/glossary/index.md");
		assertThat(catalog.lesson(CourseSlug.of("legacy-book"), LessonSlug.of("lesson6-exercises")).orElseThrow().source())
			.isEqualTo("_build/lessons/Lesson6_Exercises.md");
	}

	@Test
	void theTocAddressOfAPageRedirectsWithAndWithoutHtmlInItsSlugFormAndInAnyCase() {
		Catalog catalog = load("legacy-book");
		String lesson = "/courses/legacy-book/lesson7-data-security";

		assertThat(catalog.redirectFor("/lessons/Lesson7_Data_Security")).contains(lesson);
		assertThat(catalog.redirectFor("/lessons/Lesson7_Data_Security.html")).contains(lesson);
		assertThat(catalog.redirectFor("/lessons/lesson7-data-security")).contains(lesson);
		assertThat(catalog.redirectFor("/LESSONS/LESSON7_DATA_SECURITY.HTML")).contains(lesson);
		assertThat(catalog.redirectFor("/security")).contains(lesson);
		assertThat(catalog.redirectFor("/glossary")).contains("/courses/legacy-book/index");
		assertThat(catalog.redirectFor("/lessons/Lesson8_Case_Studies")).isEmpty();
	}

	@Test
	void linksToTocAddressesBecomeLessonUrls() {
		Lesson security = load("legacy-book").lesson(CourseSlug.of("legacy-book"), LessonSlug.of("lesson7-data-security")).orElseThrow();

		assertThat(security.html()).contains("<a href=\"/courses/legacy-book/index\">glossary</a>");
	}

	@Test
	void prevAndNextPagesAreHonouredWhenThePortalHasThem() {
		Catalog catalog = load("legacy-book");
		Course course = catalog.course(CourseSlug.of("legacy-book")).orElseThrow();
		Lesson visualization = catalog.lesson(CourseSlug.of("legacy-book"), LessonSlug.of("lesson6-visualization")).orElseThrow();
		Lesson security = catalog.lesson(CourseSlug.of("legacy-book"), LessonSlug.of("lesson7-data-security")).orElseThrow();

		assertThat(course.previous(visualization)).map(Lesson::title).contains("Welcome");
		assertThat(course.previous(security)).map(Lesson::title).contains("How to read this book");
	}

	@Test
	void aPrevOrNextPageThePortalDoesNotHaveFallsBackToTocOrder() {
		Catalog catalog = load("legacy-book");
		Course course = catalog.course(CourseSlug.of("legacy-book")).orElseThrow();
		Lesson visualization = catalog.lesson(CourseSlug.of("legacy-book"), LessonSlug.of("lesson6-visualization")).orElseThrow();
		Lesson security = catalog.lesson(CourseSlug.of("legacy-book"), LessonSlug.of("lesson7-data-security")).orElseThrow();

		assertThat(visualization.nextPage()).isEmpty();
		assertThat(course.next(visualization)).map(Lesson::title).contains("Lesson 6 exercises");
		assertThat(course.next(security)).map(Lesson::title).contains("Glossary");
	}

	@Test
	void aJupyterBookTocMakesTheRootThenOneSectionPerPart() {
		Catalog catalog = load("jupyter-book");
		Course course = catalog.course(CourseSlug.of("jupyter-book")).orElseThrow();

		assertThat(course.title()).isEqualTo("Security Handbook");
		assertThat(course.sections()).extracting(Section::title).containsExactly(null, "Foundations", "Further reading");
		assertThat(titles(course.sections().get(0).items())).containsExactly("About this handbook");
		assertThat(titles(course.sections().get(1).items())).containsExactly("Shared responsibility", "Service models");
		assertThat(titles(course.sections().get(2).items())).containsExactly("external IAM user guide", "Least privilege");
		assertThat(course.sections().get(2).items().get(0).url()).isEqualTo("https://example.org/iam-guide");
		assertThat(catalog.redirectFor("/chapters/service_models.html")).contains("/courses/jupyter-book/service-models");
	}

	@Test
	void aBrokenTocEntryIsReportedAtItsLineAndTheRestStillLoads() {
		LoadResult result = new ContentFolder(FIXTURES.resolve("broken-book")).load();

		assertThat(result.problems()).extracting(ContentProblem::toString)
			.hasSize(3)
			.anySatisfy(problem -> assertThat(problem).startsWith("_build/bad_front_matter.md:3: error: Invalid YAML"))
			.contains("_data/toc.yml:4: error: No page for \"/lessons/missing\": looked for it under _build/ and content/",
					"_data/toc.yml:8: error: External link \"javascript:alert(1)\" must be an http(s) or mailto address");
		Course course = result.catalog().course(CourseSlug.of("broken-book")).orElseThrow();
		assertThat(titles(course.sections().get(0).items())).containsExactly("Working page");
	}

	@Test
	void aCourseYamlBesideATableOfContentsWins(@TempDir Path dir) {
		Course course = new ContentFolder(dir).file("book/course.yml", "title: Chosen\nlessons: [b.md]\n")
			.file("book/_toc.yml", "format: jb-book\nroot: a\n")
			.lesson("book/a.md", "A", "One.")
			.lesson("book/b.md", "B", "Two.")
			.catalog()
			.course(CourseSlug.of("book"))
			.orElseThrow();

		assertThat(course.title()).isEqualTo("Chosen");
		assertThat(course.lessons()).extracting(Lesson::title).containsExactly("B");
	}

	@Test
	void aJbArticleIsItsRootThenItsSectionsWithDeeperSectionsNestedAndGlobsInFileNameOrder(@TempDir Path dir) {
		Catalog catalog = new ContentFolder(dir).file("paper/_toc.yml", """
				format: jb-article
				root: intro
				options:
				  numbered: 2
				sections:
				  - file: methods
				    sections:
				      - file: methods/sampling
				        sections:
				          - file: methods/sampling/bias
				  - glob: appendix/*
				""")
			.lesson("paper/intro.md", "Introduction", "Why.")
			.lesson("paper/methods.md", "Methods", "How.")
			.lesson("paper/methods/sampling.md", "Sampling", "Whom.")
			.lesson("paper/methods/sampling/bias.md", "Bias", "Who is left out.")
			.lesson("paper/appendix/b-tables.md", "Tables", "Numbers.")
			.lesson("paper/appendix/a-data.md", "Data", "Sources.")
			.catalog();
		Course course = catalog.course(CourseSlug.of("paper")).orElseThrow();

		assertThat(course.sections()).hasSize(1);
		List<OutlineItem> items = List.copyOf(course.sections().get(0).items());
		assertThat(titles(items)).containsExactly("Introduction", "Methods", "Sampling", "Data", "Tables");
		Section sampling = (Section) items.get(2);
		assertThat(sampling.page().title()).isEqualTo("Sampling");
		assertThat(titles(sampling.items())).containsExactly("Bias");
		assertThat(course.lessons()).extracting(Lesson::title)
			.containsExactly("Introduction", "Methods", "Sampling", "Bias", "Data", "Tables");
		// numbered: 2 numbers the sections and theirs, not deeper; the root page is in no toctree.
		assertThat(course.lessons()).extracting(lesson -> lesson.details().number())
			.containsExactly("", "1", "1.1", "", "2", "3");
		assertThat(catalog.redirectFor("/methods/sampling/bias.html")).contains("/courses/paper/bias");
		assertThat(catalog.redirectFor("/appendix/a-data")).contains("/courses/paper/a-data");
	}

	@Test
	void theConfigTitlesCreditsExcludesAndCitesAndAGlobLeavesOutWhatIsListedElsewhere(@TempDir Path dir) {
		LoadResult result = new ContentFolder(dir).file("guide/_config.yml", """
				title: Field Guide
				author: Jane Doe, built with <a href="https://teachbooks.tudelft.nl/">TeachBooks</a> &amp; <a href="https://jupyterbook.org/">Jupyter Book</a>, <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0<img src="https://mirrors.creativecommons.org/presskit/icons/cc.svg" alt=""></a>
				exclude_patterns: [drafts/*, "**/scratch.md"]
				bibtex_bibfiles:
				  - references.bib
				""")
			.file("guide/_toc.yml", """
				format: jb-book
				root: intro
				chapters:
				  - file: pages/one
				  - glob: pages/*
				  - glob: drafts/*
				""")
			.file("guide/references.bib", "@book{knuth1984, title={The {\\TeX}book}, author={Donald Knuth},"
					+ " publisher={Addison-Wesley}, year={1984}}\n")
			.lesson("guide/intro.md", "Intro", "Start.")
			.lesson("guide/pages/one.md", "One", "1.")
			.lesson("guide/pages/two.md", "Two", "2.")
			.lesson("guide/pages/three.md", "Three", "3.")
			.lesson("guide/pages/scratch.md", "Scratch", "Not published.")
			.lesson("guide/drafts/wip.md", "Draft", "Not published.")
			.load();

		assertThat(result.problems()).extracting(ContentProblem::toString)
			.containsExactly("guide/_toc.yml:6: warning: Glob \"drafts/*\" matches no page");
		Course course = result.catalog().course(CourseSlug.of("guide")).orElseThrow();
		assertThat(course.title()).isEqualTo("Field Guide");
		assertThat(course.authors()).containsExactly("Jane Doe, built with TeachBooks & Jupyter Book, CC BY 4.0");
		assertThat(course.lessons()).extracting(Lesson::title).containsExactly("Intro", "One", "Three", "Two");
		assertThat(course.bibliography().find("knuth1984").orElseThrow().venue()).isEqualTo("Addison-Wesley");
		assertThat(result.catalog().redirectFor("/pages/two.html")).contains("/courses/guide/two");
	}

	@Test
	void onlyFormatsJupyterBookDoesNotHaveAreRefused(@TempDir Path dir) {
		LoadResult result = new ContentFolder(dir).file("book/_toc.yml", "format: jb-magazine\nroot: a\n")
			.lesson("book/a.md", "A", "One.")
			.load();

		assertThat(result.problems()).extracting(ContentProblem::toString)
			.containsExactly("book/_toc.yml:1: error: Format \"jb-magazine\" is not read; use \"jb-book\" or \"jb-article\"");
	}
}
