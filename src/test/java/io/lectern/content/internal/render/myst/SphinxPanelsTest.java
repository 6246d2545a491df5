package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** sphinx-panels, as Jupyter Book 0.7 to 0.12 books wrote them, read as sphinx-design's grid, cards and tabs. */
class SphinxPanelsTest {

	private final Lessons lessons = new Lessons();

	@Test
	void panelsAreCardsSideBySideWithTheirHeadersAndFooters() {
		String html = lessons.html("""
				````{panels}
				:column: col-lg-4 col-md-6 p-2

				Panel header 1
				^^^
				Panel body 1
				+++
				Panel footer 1
				---
				:card: shadow

				Panel body 2 with `code`
				````
				""");

		assertThat(html).startsWith("<div class=\"grid grid-xs-1 grid-sm-1 grid-md-2 grid-lg-3\">")
			.contains("<div class=\"card\">\n<div class=\"card-header\">\n<p>Panel header 1</p>\n</div>\n<div class=\"card-body\">\n"
					+ "<p>Panel body 1</p>\n</div>\n<div class=\"card-footer\">\n<p>Panel footer 1</p>\n</div>\n</div>")
			.contains("<div class=\"card\">\n<div class=\"card-body\">\n<p>Panel body 2 with <code>code</code></p>\n</div>\n</div>")
			.doesNotContain(":card:").doesNotContain("---");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void panelsWithoutColumnsAreTwoAbreastFromSmallScreensAndMayHoldColonFences() {
		String html = lessons.html("""
				```{panels}
				:::{note}
				Inside a panel
				:::
				---
				Second
				```
				""");

		assertThat(html).startsWith("<div class=\"grid grid-xs-1 grid-sm-2 grid-md-2 grid-lg-2\">")
			.contains("admonition-note").contains("Inside a panel").contains("<p>Second</p>");
	}

	@Test
	void adjacentTabbedDirectivesMakeOneSetAndNewGroupStartsAnother() {
		String html = lessons.html("""
				```{tabbed} Python
				print(1)
				```

				```{tabbed} R
				:selected:
				print(2)
				```

				```{tabbed} Julia
				:new-group:
				println(3)
				```
				""");

		assertThat(html.split("<div class=\"tab-set tabbed\">", -1)).hasSize(3);
		assertThat(html).containsSubsequence("Python", "print(1)", "<section class=\"tab-item tab-selected\">", "R", "print(2)",
				"</div>", "<div class=\"tab-set tabbed\">", "Julia");
	}
}
