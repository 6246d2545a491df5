package io.lectern.content.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class LessonReaderTest {

	private final Problems problems = new Problems();

	@Test
	void aMystMarkdownNotebookIsALessonWhoseKernelNamesItsCodeLanguage() {
		LessonSource lesson = LessonReader.read("c/sampling.md", """
				---
				jupytext:
				  text_representation:
				    extension: .md
				    format_name: myst
				    format_version: 0.13
				    jupytext_version: 1.16.0
				kernelspec:
				  display_name: Python 3
				  language: python
				  name: python3
				---
				# Sampling

				```{code-cell}
				print("hello")
				```
				""", problems).orElseThrow();

		assertThat(problems.count()).isZero();
		assertThat(lesson.title()).isEqualTo("Sampling");
		assertThat(lesson.kernelLanguage()).contains("python");
	}

	@Test
	void aKernelWithoutALanguageIsKnownByItsName() {
		LessonSource lesson = LessonReader.read("c/r.md", "---\nkernelspec:\n  name: ir\n---\n# R\n", problems).orElseThrow();

		assertThat(lesson.kernelLanguage()).contains("ir");
		assertThat(LessonReader.read("c/plain.md", "# Plain\n", problems).orElseThrow().kernelLanguage()).isEmpty();
	}

	@Test
	void readsEveryFrontMatterKey() {
		LessonSource lesson = LessonReader.read("c/roles.md", """
				---
				title: Assuming roles
				summary: Temporary credentials.
				topics: [iam-roles, sts]
				permalink: /lessons/assuming-roles.html
				redirect_from: /old/roles
				prev_page: {url: /lessons/users, title: Users}
				next_page: {url: /lessons/groups, title: Groups}
				kernel_name: python3
				---
				# Body
				""", problems).orElseThrow();

		assertThat(problems.count()).isZero();
		assertThat(lesson.title()).isEqualTo("Assuming roles");
		assertThat(lesson.summary()).isEqualTo("Temporary credentials.");
		assertThat(lesson.topics()).containsExactly("iam-roles", "sts");
		assertThat(lesson.slug()).isEqualTo("assuming-roles");
		assertThat(lesson.oldPaths()).containsExactly("/old/roles", "/lessons/assuming-roles.html");
		assertThat(lesson.body()).isEqualTo("# Body");
		assertThat(lesson.bodyLine()).isEqualTo(11);
	}

	@Test
	void slugComesFromTheFileNameWithoutPermalink() {
		LessonSource lesson = LessonReader.read("c/Lesson7_AWS Security.md", "---\ntitle: T\n---\n", problems)
			.orElseThrow();

		assertThat(lesson.slug()).isEqualTo("lesson7-aws-security");
		assertThat(lesson.summary()).isEmpty();
		assertThat(lesson.topics()).isEmpty();
	}

	@Test
	void aJupyterBookExportLoadsAsItIs() throws IOException {
		String text = new String(Objects.requireNonNull(getClass()
			.getResourceAsStream("/fixtures/jupyter-book-export/lesson7-data-security.md")).readAllBytes(), StandardCharsets.UTF_8);

		LessonSource lesson = LessonReader.read("seed/lesson7-data-security.md", text, problems).orElseThrow();

		assertThat(problems.sorted()).isEmpty();
		assertThat(lesson.title()).isEqualTo("Lesson 7 - AWS Big Data Data Security");
		assertThat(lesson.slug()).isEqualTo("lesson7-data-security");
		assertThat(lesson.oldPaths()).containsExactly("/lessons/lesson7-aws-big-data-data-security");
		assertThat(lesson.bodyLine()).isEqualTo(15);
	}

	/** The original seed page from the shared folder, when this checkout has it beside it. */
	@Test
	void theSeedLessonLoadsAsItIs() throws IOException {
		Path seed = Path.of("..", "shared", "seed", "lesson7-data-security.md");
		Assumptions.assumeTrue(Files.exists(seed), "the shared seed folder is not beside this checkout");

		LessonSource lesson = LessonReader.read("lesson7-data-security.md", Files.readString(seed), problems).orElseThrow();

		assertThat(problems.sorted()).isEmpty();
		assertThat(lesson.title()).isEqualTo("Lesson 7 - AWS Big Data Data Security");
		assertThat(lesson.oldPaths()).contains("/lessons/lesson7-aws-big-data-data-security");
	}

	@Test
	void malformedYamlIsReportedOnItsLine() {
		assertThat(LessonReader.read("c/a.md", "---\ntitle: A\nsummary: x\ntopics: [a\n---\nBody", problems)).isEmpty();

		assertThat(problems.sorted()).singleElement()
			.extracting(ContentProblem::file, ContentProblem::line)
			.containsExactly("c/a.md", 4);
	}

	@Test
	void aMissingTitleIsAWarningAndTheFileNameTitlesTheLesson() {
		assertThat(LessonReader.read("c/a-first.md", "---\nsummary: x\n---\nBody", problems)).map(LessonSource::title)
			.contains("A first");
		assertThat(LessonReader.read("c/LICENSE.md", "Just Markdown, no front matter", problems)).map(LessonSource::title)
			.contains("LICENSE");

		assertThat(problems.sorted()).extracting(ContentProblem::toString)
			.containsExactly("c/LICENSE.md:1: warning: Missing \"title\": titled \"LICENSE\"; add \"title: ...\" to the"
					+ " front matter, or start with a \"# \" heading",
					"c/a-first.md:1: warning: Missing \"title\": titled \"A first\"; add \"title: ...\" to the front"
							+ " matter, or start with a \"# \" heading");
	}

	@Test
	void anUnclosedFrontMatterIsAnError() {
		assertThat(LessonReader.read("c/b.md", "---\ntitle: B\nBody without a closing line", problems)).isEmpty();

		assertThat(problems.sorted()).extracting(ContentProblem::toString)
			.containsExactly("c/b.md:1: error: Front matter opened with \"---\" is never closed by another \"---\" line");
	}

	@Test
	void emptyPreviousAndNextPagesAsJupyterBookWritesThemMeanNone() {
		LessonSource first = LessonReader.read("c/intro.md",
				"---\ntitle: Intro\nprev_page:\n  url:\n  title: ''\nnext_page:\n  url: /lessons/one\n  title: One\n---\n",
				problems)
			.orElseThrow();
		LessonSource last = LessonReader.read("c/last.md", "---\ntitle: Last\nprev_page: {url: /intro, title: Intro}\nnext_page:\n---\n",
				problems)
			.orElseThrow();

		assertThat(first.previousPage()).isEmpty();
		assertThat(first.nextPage()).contains("/lessons/one");
		assertThat(last.previousPage()).contains("/intro");
		assertThat(last.nextPage()).isEmpty();
		assertThat(problems.count()).isZero();
	}

	@Test
	void withoutATitleInFrontMatterTheFirstTopHeadingIsTheTitle() {
		LessonSource source = LessonReader.read("c/d.md", "```\n# not this\n```\n\nIntro\n\n# Access keys\n\nText", problems).orElseThrow();

		assertThat(source.title()).isEqualTo("Access keys");
		assertThat(problems.count()).isZero();
	}

	@Test
	void aValueOfTheWrongShapeIsReportedWhereItIsWritten() {
		LessonReader.read("c/a.md", "---\ntitle:\n  - a\n  - b\nprev_page: just-a-string\n---\n", problems);

		assertThat(problems.sorted()).extracting(ContentProblem::line).contains(3, 5);
	}
}
