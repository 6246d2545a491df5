package io.lectern.content;

import io.lectern.authoring.ContentProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.CourseSlug;
import io.lectern.content.internal.load.LoadResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentValidationTest {

	@TempDir
	Path dir;

	private ContentFolder brokenCourse() {
		return new ContentFolder(dir)
			.file("course/course.yml", """
					title: Broken
					lessons:
					  - bad-yaml.md
					  - no-title.md
					  - missing.md
					  - dup-one.md
					  - dup-two.md
					  - links.md
					  - fine.md
					""")
			.file("course/bad-yaml.md", "---\ntitle: Fine\ntopics: [a, b\n---\nBody\n")
			.file("course/no-title.md", "---\nsummary: no title here\n---\nBody\n")
			.file("course/dup-one.md", "---\ntitle: One\npermalink: same\n---\nBody\n")
			.file("course/dup-two.md", "---\ntitle: Two\npermalink: same\n---\nBody\n")
			.file("course/links.md", "---\ntitle: Links\n---\nIntro\n\nSee [gone](nowhere.md).\n\n![lost](img/lost.png)\n")
			.lesson("course/fine.md", "Fine", "All good.");
	}

	@Test
	void everyProblemIsReportedAtOnceWithItsFileAndLine() {
		LoadResult result = brokenCourse().load();

		assertThat(result.problems()).extracting(ContentProblem::toString)
			.anySatisfy(p -> assertThat(p).startsWith("course/bad-yaml.md:3: error: Invalid YAML"))
			.anySatisfy(p -> assertThat(p).startsWith("course/no-title.md:1: warning: Missing \"title\": titled \"No title\""))
			.anySatisfy(p -> assertThat(p).startsWith("course/course.yml:5: error: Lesson \"missing.md\" is listed but"))
			.anySatisfy(p -> assertThat(p).startsWith("course/dup-two.md:1: error: Duplicate lesson slug \"same\""))
			.anySatisfy(p -> assertThat(p)
				.isEqualTo("course/links.md:6: warning: Link to a lesson that does not exist: nowhere.md"))
			.anySatisfy(p -> assertThat(p).isEqualTo("course/links.md:8: warning: Image not found: img/lost.png"));
		assertThat(result.problems()).hasSize(6);
	}

	@Test
	void lessonsWithErrorsAreLeftOutAndLessonsWithWarningsStillLoad() {
		Course course = brokenCourse().load().catalog().course(CourseSlug.of("course")).orElseThrow();

		assertThat(course.lessons()).extracting(Lesson::title).containsExactly("No title", "One", "Links", "Fine");
		assertThat(course.lessons().get(2).html()).contains("See gone.").doesNotContain("nowhere.md");
	}

	@Test
	void aProblemInsideADirectiveIsReportedAtTheDirectivesLineNotAtTheTopOfTheLesson() {
		LoadResult result = new ContentFolder(dir.resolve("directives")).lesson("course/figures.md", "Figures", """
				Intro.

				:::{figure} img/one.png
				One.
				:::

				:::{note}
				![Two](img/two.png)
				:::
				""").load();

		assertThat(result.problems()).extracting(ContentProblem::toString).containsExactly(
				"course/figures.md:6: warning: Image not found: img/one.png",
				"course/figures.md:11: warning: Image not found: img/two.png");
	}

	@Test
	void checkCommandPrintsProblemsAndExitsWithOneOnErrors() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int exit = ContentCheck.run(brokenCourse().root(), new PrintStream(out, true, StandardCharsets.UTF_8), List.of(),
				false);

		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(exit).isEqualTo(1);
		assertThat(printed).contains("course/links.md:8: warning: Image not found: img/lost.png")
			.contains("Checked 1 course, 4 lessons in")
			.contains("3 errors, 3 warnings");
	}

	@Test
	void checkCommandExitsWithZeroOnAGoodFolder() {
		new ContentFolder(dir).lesson("notes/a.md", "A", "Fine.");
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int exit = ContentCheck.run(dir, new PrintStream(out, true, StandardCharsets.UTF_8), List.of(), true);

		assertThat(exit).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Checked 1 course, 1 lessons")
			.contains("no errors, no warnings");
	}

	@Test
	void warningsAloneFailTheCheckOnlyWhenItIsStrict() {
		new ContentFolder(dir).lesson("notes/a.md", "A", "See [the licence](LICENSE.md).").file("notes/LICENSE.md", "MIT\n");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream printer = new PrintStream(out, true, StandardCharsets.UTF_8);

		assertThat(ContentCheck.run(dir, printer, List.of(), false)).isZero();
		assertThat(ContentCheck.run(dir, printer, List.of(), true)).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8))
			.contains("notes/LICENSE.md:1: warning: Missing \"title\": titled \"LICENSE\"")
			.contains("no errors, 1 warning");
	}

	@Test
	void checkCommandRefusesAFolderThatDoesNotExist() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		assertThat(ContentCheck.run(dir.resolve("absent"), new PrintStream(out, true, StandardCharsets.UTF_8), List.of(),
				false)).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("not a folder");
	}

	@Test
	void checkCommandFailsOnAFolderWithNoCourseRatherThanReportNoErrors() throws Exception {
		Files.createDirectories(dir.resolve("empty/notes"));
		Files.writeString(dir.resolve("empty/notes/readme.txt"), "not a lesson");
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		assertThat(ContentCheck.run(dir.resolve("empty"), new PrintStream(out, true, StandardCharsets.UTF_8), List.of(),
				false)).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("No course found in").contains("nothing was checked")
			.doesNotContain("no errors");
	}

	@Test
	void aCourseYamlThatIsNotYamlIsReportedWithItsLine() {
		LoadResult result = new ContentFolder(dir).file("c/course.yml", "title: A\nlessons:\n  - a.md\n  bad: [\n")
			.lesson("c/a.md", "A", "x")
			.load();

		assertThat(result.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.file()).isEqualTo("c/course.yml"))
			.satisfies(problem -> assertThat(problem.message()).startsWith("Invalid YAML"));
	}

	@Test
	void aRedirectMayNotHideAnotherLessonOrBeClaimedTwice() {
		LoadResult result = new ContentFolder(dir).lesson("c/a.md", "A", "x")
			.file("c/b.md", "---\ntitle: B\nredirect_from: [/courses/c/a, /old]\n---\n")
			.file("c/c.md", "---\ntitle: C\nredirect_from: /OLD/\n---\n")
			.load();

		assertThat(result.problems()).extracting(ContentProblem::toString)
			.containsExactly("c/b.md:1: warning: Redirect \"/courses/c/a\" is the address of another lesson: not redirected",
					"c/c.md:1: warning: Redirect \"/OLD/\" already leads to /courses/c/b: kept there");
		assertThat(result.catalog().redirectFor("/courses/c/a")).isEmpty();
		assertThat(result.catalog().redirectFor("/old")).contains("/courses/c/b");
	}
}
