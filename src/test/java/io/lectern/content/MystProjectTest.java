package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.internal.load.LoadResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Jupyter Book 2 / mystmd project, a folder with {@code myst.yml}, is one course in its author's order. */
class MystProjectTest {

	private static final String NESTED = """
			version: 1
			extends: []
			project:
			  title: Data Security
			  description: Who guards what in the cloud.
			  authors:
			    - name: Ada Lovelace
			    - Grace Hopper
			  numbering:
			    headings: true
			    figure: false
			  toc:
			    - file: index.md
			    - title: Foundations
			      children:
			        - file: basics/shared.md
			        - title: Identity
			          children:
			            - file: basics/iam.md
			            - title: Roles in depth
			              children:
			                - file: basics/roles.md
			    - file: labs/intro.md
			      children:
			        - pattern: 'labs/lab*.md'
			    - url: https://example.org/forum
			      title: Forum
			    - file: notes.md
			      hidden: true
			site:
			  template: book-theme
			""";

	private static ContentFolder nested(Path dir) {
		return new ContentFolder(dir).file("security/myst.yml", NESTED)
			.lesson("security/index.md", "Welcome", "Hello.")
			.lesson("security/basics/shared.md", "Shared responsibility", "Who does what.")
			.lesson("security/basics/iam.md", "IAM", "Users and groups.")
			.lesson("security/basics/roles.md", "Roles", "Assumed identities.")
			.lesson("security/labs/intro.md", "Labs", "Hands on.")
			.lesson("security/labs/lab10.md", "Lab 10", "Ten.")
			.lesson("security/labs/lab9.md", "Lab 9", "Nine.")
			.lesson("security/labs/lab1.md", "Lab 1", "One.")
			.lesson("security/notes.md", "Notes", "Only linked to.");
	}

	private static List<String> titles(List<? extends OutlineItem> items) {
		return items.stream().map(item -> (item.external() ? "external " : item.nested() ? "section " : "") + item.title())
			.toList();
	}

	private static Section sub(OutlineItem item) {
		return (Section) item;
	}

	@Test
	void theProjectTitlesDescribesAndCreditsTheCourse(@TempDir Path dir) {
		Course course = nested(dir).catalog().course(CourseSlug.of("security")).orElseThrow();

		assertThat(course.title()).isEqualTo("Data Security");
		assertThat(course.summary()).isEqualTo("Who guards what in the cloud.");
		assertThat(course.authors()).containsExactly("Ada Lovelace", "Grace Hopper");
		assertThat(course.numbering().of("heading_2")).contains(true);
		assertThat(course.numbering().of("figure")).contains(false);
		assertThat(course.numbering().of("equation")).isEmpty();
	}

	@Test
	void childrenNestSectionsThreeLevelsDeepInTheAuthorsOrder(@TempDir Path dir) {
		Course course = nested(dir).catalog().course(CourseSlug.of("security")).orElseThrow();

		assertThat(course.sections()).extracting(Section::title).containsExactly(null, "Foundations", "Labs", null);
		assertThat(titles(course.sections().get(0).items())).containsExactly("Welcome");
		Section foundations = course.sections().get(1);
		assertThat(titles(foundations.items())).containsExactly("Shared responsibility", "section Identity");
		Section identity = sub(foundations.items().get(1));
		assertThat(identity.url()).isNull();
		assertThat(titles(identity.items())).containsExactly("IAM", "section Roles in depth");
		assertThat(titles(sub(identity.items().get(1)).items())).containsExactly("Roles");
		assertThat(titles(course.sections().get(3).items())).containsExactly("external Forum");
		assertThat(course.lessons()).extracting(Lesson::title)
			.containsExactly("Welcome", "Shared responsibility", "IAM", "Roles", "Labs", "Lab 1", "Lab 9", "Lab 10");
		Lesson roles = course.lessons().get(3);
		assertThat(course.trailOf(roles)).extracting(Section::title)
			.containsExactly("Foundations", "Identity", "Roles in depth");
	}

	@Test
	void aFileWithChildrenOpensItsSectionAndAPatternListsFilesInNaturalOrder(@TempDir Path dir) {
		Course course = nested(dir).catalog().course(CourseSlug.of("security")).orElseThrow();

		Section labs = course.sections().get(2);
		assertThat(labs.page().title()).isEqualTo("Labs");
		assertThat(labs.url()).isEqualTo("/courses/security/intro");
		assertThat(titles(labs.items())).containsExactly("Lab 1", "Lab 9", "Lab 10");
	}

	@Test
	void aHiddenPageIsServedAndLinkableButNotInTheNavigationOrTheReadingOrder(@TempDir Path dir) {
		Catalog catalog = nested(dir).catalog();
		Course course = catalog.course(CourseSlug.of("security")).orElseThrow();

		Lesson notes = catalog.lesson(CourseSlug.of("security"), LessonSlug.of("notes")).orElseThrow();
		assertThat(course.unlisted()).containsExactly(notes);
		assertThat(course.lessons()).doesNotContain(notes);
		assertThat(course.pages()).contains(notes);
		assertThat(course.next(notes)).isEmpty();
	}

	@Test
	void eachPagesOldAddressesRedirect(@TempDir Path dir) {
		Catalog catalog = nested(dir).catalog();

		assertThat(catalog.redirectFor("/basics/roles")).contains("/courses/security/roles");
		assertThat(catalog.redirectFor("/basics/roles.html")).contains("/courses/security/roles");
		assertThat(catalog.redirectFor("/roles")).contains("/courses/security/roles");
		assertThat(catalog.redirectFor("/labs/lab10.html")).contains("/courses/security/lab10");
	}

	@Test
	void withoutATocEveryPageIsListedInFolderOrderIndexFirstAndFoldersAsSections(@TempDir Path dir) {
		Course course = new ContentFolder(dir)
			.file("book/myst.yml", "version: 1\nproject:\n  exclude:\n    - drafts/**\n    - '**/scratch.md'\n")
			.lesson("book/zeta.md", "Zeta", "Last of the top.")
			.lesson("book/chapter10.md", "Chapter 10", "Ten.")
			.lesson("book/chapter9.md", "Chapter 9", "Nine.")
			.lesson("book/index.md", "Start here", "First.")
			.lesson("book/02-parts/b.md", "Part B", "B.")
			.lesson("book/02-parts/index.md", "Parts", "Opening.")
			.lesson("book/02-parts/scratch.md", "Scratch", "Left out.")
			.lesson("book/01-setup/install.md", "Install", "Setup.")
			.lesson("book/drafts/wip.md", "Work in progress", "Left out.")
			.lesson("book/_build/html/copy.md", "Built copy", "Left out.")
			.catalog()
			.course(CourseSlug.of("book"))
			.orElseThrow();

		assertThat(course.title()).isEqualTo("Book");
		assertThat(course.sections()).extracting(Section::title).containsExactly(null, "Setup", "Parts");
		assertThat(course.lessons()).extracting(Lesson::title)
			.containsExactly("Start here", "Chapter 9", "Chapter 10", "Zeta", "Install", "Parts", "Part B");
		assertThat(course.lessons()).extracting(lesson -> lesson.slug().value()).contains("index", "02-parts-index");
	}

	@Test
	void aMystYmlMakesOneCourseOfItsFoldersAndACourseYmlBesideItWins(@TempDir Path dir) {
		Catalog catalog = new ContentFolder(dir).file("one/myst.yml", "project:\n  toc:\n    - file: a/page.md\n")
			.lesson("one/a/page.md", "Page", "Text.")
			.lesson("one/b/other.md", "Other", "Not listed.")
			.file("two/myst.yml", "project:\n  title: Ignored\n")
			.file("two/course.yml", "title: Chosen\nlessons: [x.md]\n")
			.lesson("two/x.md", "X", "Text.")
			.catalog();

		assertThat(catalog.courses()).extracting(course -> course.slug().value()).containsExactly("one", "two");
		assertThat(catalog.course(CourseSlug.of("one")).orElseThrow().lessons()).extracting(Lesson::title).containsExactly("Page");
		assertThat(catalog.course(CourseSlug.of("two")).orElseThrow().title()).isEqualTo("Chosen");
	}

	@Test
	void theProjectsBibTeXFilesBecomeTheCoursesBibliography(@TempDir Path dir) {
		Course course = new ContentFolder(dir)
			.file("book/myst.yml", "project:\n  bibliography: [refs/main.bib]\n")
			.file("book/refs/main.bib", "@article{cockett2015,\n  title = {{SimPEG}: An open source framework},\n"
					+ "  author = {Cockett, Rowan and Kang, Seogi},\n  journal = {Computers \\& Geosciences},\n"
					+ "  year = 2015,\n  doi = {10.1016/j.cageo.2015.09.015}\n}\n")
			.lesson("book/index.md", "Index", "Text.")
			.catalog()
			.course(CourseSlug.of("book"))
			.orElseThrow();

		Bibliography.Entry entry = course.bibliography().find("Cockett2015").orElseThrow();
		assertThat(entry.title()).isEqualTo("SimPEG: An open source framework");
		assertThat(entry.authors()).containsExactly("Rowan Cockett", "Seogi Kang");
		assertThat(entry.venue()).isEqualTo("Computers & Geosciences");
		assertThat(entry.doi()).isEqualTo("10.1016/j.cageo.2015.09.015");
	}

	@Test
	void mistakesInMystYmlAreErrorsAtTheirLineAndAnEmptyPatternIsAWarning(@TempDir Path dir) {
		LoadResult result = new ContentFolder(dir).file("book/myst.yml", """
				project:
				  toc:
				    - file: index.md
				    - file: missing.md
				    - children: []
				    - pattern: 'appendix/*.md'
				""")
			.lesson("book/index.md", "Index", "Text.")
			.load();

		assertThat(result.problems()).extracting(ContentProblem::toString)
			.containsExactly("book/myst.yml:4: error: No page for \"missing.md\" in the project folder",
					"book/myst.yml:5: error: Entry needs a \"file\", \"url\", \"pattern\" or \"title\"",
					"book/myst.yml:6: warning: Pattern \"appendix/*.md\" matches no page");
		assertThat(result.catalog().course(CourseSlug.of("book")).orElseThrow().lessons()).extracting(Lesson::title).containsExactly("Index");
	}

	@Test
	void invalidYamlInMystYmlIsAnErrorAtItsLine(@TempDir Path dir) {
		LoadResult result = new ContentFolder(dir).file("book/myst.yml", "project:\n  title: [unclosed\n")
			.lesson("book/index.md", "Index", "Text.")
			.load();

		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.level()).isEqualTo(ContentProblem.Level.ERROR);
			assertThat(problem.file()).isEqualTo("book/myst.yml");
			assertThat(problem.message()).startsWith("Invalid YAML");
		});
		assertThat(Optional.of(result.catalog().courses()).orElseThrow()).isNotNull();
	}
}
