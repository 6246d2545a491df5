package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.content.internal.load.LoadResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ```responsibility blocks in lessons become inline diagrams with a table beside them, at load time. */
class DiagramBlocksTest {

	@TempDir
	Path dir;

	private Lesson lesson(String body) {
		return new ContentFolder(dir).lesson("course/a.md", "A", body).catalog().courses().get(0).lessons().get(0);
	}

	private LoadResult load(String body) {
		return new ContentFolder(dir).lesson("course/a.md", "A", body).load();
	}

	@Test
	void aBlockRendersAnInlineDiagramAndItsTable() {
		String html = lesson("Before\n\n```responsibility\nmodel: container\nhighlight: EMR\n```\n\nAfter\n").html();

		assertThat(html).contains("<figure class=\"diagram-figure\" id=\"responsibility-1\">")
			.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram diagram-responsibility\"")
			.contains("aria-labelledby=\"responsibility-1-title responsibility-1-desc\"")
			.contains("<summary>Show as table</summary><table class=\"responsibility-table\">")
			.contains("<caption>Who secures what for EMR: the container model</caption>")
			.doesNotContain("<style", "<pre", "lectern-block-");
		assertThat(html.indexOf("Before")).isLessThan(html.indexOf("<figure")).isLessThan(html.indexOf("After"));
	}

	@Test
	void aCourseDrawsDiagramsWhenALessonHasADiagramBlockSoThePortalLinksToTheExplorer() {
		Catalog catalog = new ContentFolder(dir).lesson("cloud/a.md", "A", "Text.\n\n   ~~~ access\nscenario: noc-vs-developer\n~~~\n")
			.lesson("python/b.md", "B", "```python\nprint('responsibility')\n```\n\n```text\nresponsibility\n```\n")
			.load()
			.catalog();

		assertThat(catalog.courses()).extracting(course -> course.slug().value() + " " + course.drawsDiagrams())
			.containsExactlyInAnyOrder("cloud true", "python false");
		assertThat(catalog.drawsDiagrams()).isTrue();
		assertThat(new ContentFolder(dir.resolve("plain")).lesson("python/b.md", "B", "Code.\n").catalog().drawsDiagrams())
			.isFalse();
	}

	@Test
	void theTableCarriesTheSameFactsAsTheDrawing() {
		String html = lesson("```responsibility\n```\n").html();

		assertThat(html).contains("<th scope=\"row\">Guest operating system and patching</th>"
				+ "<td class=\"owner-customer\"><strong>Customer</strong>: You pick the image")
			.contains("Security of the cloud (AWS): the bottom 4 layers under infrastructure, 5 layers under container, 7 layers under abstract.");
	}

	@Test
	void twoDiagramsInOneLessonHaveDistinctIds() {
		String html = lesson("```responsibility\n```\n\n```responsibility\nmodel: abstract\n```\n").html();

		assertThat(html).contains("id=\"responsibility-1-customer\"", "id=\"responsibility-2-customer\"");
	}

	@Test
	void theDiagramSurvivesTheSanitizerOfALessonWithRawHtml() {
		String html = lesson("<div>raw <script>alert(1)</script></div>\n\n```responsibility\n```\n").html();

		assertThat(html).contains("<svg", "<pattern", "<table class=\"responsibility-table\">").doesNotContain("<script");
	}

	@Test
	void otherFencedBlocksStayCode() {
		assertThat(lesson("```yaml\nmodel: container\n```\n").html()).contains("<pre><code class=\"language-yaml\">");
	}

	@Test
	void anUnknownOptionOrServiceIsAProblemAtItsLine() {
		LoadResult result = load("Intro\n\n```responsibility\nmodel: container\ncolour: red\n```\n\n```responsibility\nhighlight: Redis\n```\n");

		assertThat(result.problems()).extracting(ContentProblem::toString).containsExactly(
				"course/a.md:8: warning: Unknown option \"colour\" in a responsibility block; the options are: model, highlight, compare, diagram",
				"course/a.md:11: warning: Unknown service \"Redis\". Choose one of: EC2, EBS, VPC, EC2 Auto Scaling, RDS, EMR, Redshift, "
						+ "Elastic Beanstalk, ElastiCache, S3, S3 Glacier, DynamoDB, Lambda, Kinesis, SQS, SNS");
	}

	@Test
	void anAccessBlockDrawsItsScenarioWithItsTable() {
		String html = lesson("```access\nscenario: noc-vs-developer\n```\n").html();

		assertThat(html).contains("<figure class=\"diagram-figure\" id=\"access-1\">", "class=\"diagram diagram-access\"",
				"<table class=\"access-table\">", "No access");
	}

	@Test
	void anAccessBlockWithoutAKnownScenarioListsTheScenarios() {
		assertThat(load("```access\nscenario: nobody\n```\n").problems()).extracting(ContentProblem::toString)
			.containsExactly("course/a.md:5: warning: No access scenario \"nobody\"; the scenarios are: noc-vs-developer");
	}

	@Test
	void aBlockCanDrawTheAuthorsOwnModel() {
		String html = new ContentFolder(dir)
			.file("course/tiny.responsibility.yml", """
					id: tiny
					title: Tiny
					owners: {aws: a, customer: b, shared: c}
					layers:
					  - {id: metal, name: Metal, about: Machines}
					models:
					  - id: only
					    name: Only
					    services: [Gadget]
					    layers:
					      metal: {owner: shared, note: Both of us}
					""")
			.lesson("course/a.md", "A", "```responsibility\ndiagram: tiny\n```\n")
			.catalog()
			.courses().get(0).lessons().get(0).html();

		assertThat(html).contains("<caption>Tiny</caption>", "Both of us");
	}
}
