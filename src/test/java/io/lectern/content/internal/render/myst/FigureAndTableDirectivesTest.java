package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FigureAndTableDirectivesTest {

	private final Lessons lessons = new Lessons();

	@Test
	void aFigureIsNumberedWithItsCaptionAndLegendAndItsImageResolvedLikeAnyImage() {
		String html = lessons.html("""
				```{figure} images/model.png
				:alt: Two columns, customer and provider
				:width: 320px
				:align: center
				:name: fig-model

				The shared responsibility *model*.

				Left: what you secure.
				```
				""");

		assertThat(html).isEqualTo("""
				<figure id="fig-model" class="figure align-center"><img src="/media/images/model.png" \
				alt="Two columns, customer and provider" width="320" />
				<figcaption>
				<p><span class="caption-number">Figure 1: </span>The shared responsibility <em>model</em>.</p>
				<div class="legend">
				<p>Left: what you secure.</p>
				</div>
				</figcaption>
				</figure>
				""");
	}

	@Test
	void figuresAreCountedInReadingOrderAndUnlabelledOnesGetAnAnchorOfTheirOwn() {
		String html = lessons.html("""
				```{figure} a.png
				First.
				```

				```{figure} b.png
				:label: second
				Second.
				```
				""");

		assertThat(html).containsSubsequence("<figure id=\"figure-1\"", "Figure 1: ", "<figure id=\"second\"", "Figure 2: ");
	}

	@Test
	void anImageTakesItsAltTextSizeAlignmentAndTarget() {
		String html = lessons.html("""
				```{image} cat.png
				:alt: A cat
				:width: 50%
				:align: right
				:target: https://example.org/cat
				```
				""");

		assertThat(html).isEqualTo("<p><a href=\"https://example.org/cat\"><img src=\"/media/cat.png\" alt=\"A cat\" "
				+ "class=\"width-50 align-right\" /></a></p>\n");
	}

	@Test
	void anImageThatCannotBeServedLeavesItsAltText() {
		String html = lessons.html("""
				```{image} javascript:alert(1)
				:alt: Broken
				```
				""");

		assertThat(html).isEqualTo("<p>Broken</p>\n");
	}

	@Test
	void theTableDirectiveCaptionsAndNumbersAMarkdownTable() {
		String html = lessons.html("""
				:::{table} Who secures *what*
				:name: tbl-who

				| Layer | Who |
				|-------|-----|
				| Data  | You |
				:::
				""");

		assertThat(html).startsWith("<div id=\"tbl-who\" class=\"table-block\">\n<table>\n<caption><span class=\"caption-number\">"
				+ "Table 1: </span>Who secures <em>what</em></caption>\n<thead>")
			.contains("<td>You</td>");
	}

	/** mystmd's {@code :align:} on a table, as the Numerical Analysis notes centre their table of values. */
	@Test
	void aTableIsPlacedAsItsAlignOptionSays() {
		String html = lessons.html("""
				:::{table}
				:align: center
				| $x$ | $f(x)$ |
				| :---: | :---: |
				| 0 | 1 |
				:::
				""");

		assertThat(html).startsWith("<div id=\"table-1\" class=\"table-block align-center\">");
	}

	@Test
	void aListTableTurnsNestedListsIntoRowsWithHeaderRows() {
		String html = lessons.html("""
				```{list-table} Services
				:header-rows: 1
				:widths: 20 80

				* - Service
				  - Purpose
				* - IAM
				  - Who may do **what**
				* - KMS
				  - - keys
				    - rotation
				```
				""");

		assertThat(html).contains("<caption><span class=\"caption-number\">Table 1: </span>Services</caption>")
			.containsSubsequence("<thead>", "<th>Service</th>", "<th>Purpose</th>", "</thead>", "<tbody>", "<td>IAM</td>",
					"<td>Who may do <strong>what</strong></td>", "<td>KMS</td>", "<td>\n<ul>", "<li>keys</li>", "</tbody>")
			.doesNotContain("style=", "width");
	}

	/** mystmd numbers a caption only where there is one; an untitled table still counts, and a reference names it. */
	@Test
	void anUntitledTableHasNoCaptionButKeepsItsNumber() {
		String html = lessons.html("""
				```{list-table}
				:header-rows: 1
				:label: symbols

				* - Symbol
				  - Meaning
				* - A
				  - the design matrix
				```

				```{list-table} Units
				* - m
				```

				See {numref}`symbols`.
				""");

		assertThat(html).doesNotContain("Table 1</span>").doesNotContain("<caption></caption>")
			.contains("<caption><span class=\"caption-number\">Table 2: </span>Units</caption>")
			.contains(">Table 1</a>");
	}

	@Test
	void aCsvTableReadsQuotedValuesAndItsHeaderOption() {
		String html = lessons.html("""
				```{csv-table} Prices
				:header: "Item", "Cost"

				"Disk, fast", 5
				Net, *free*
				```
				""");

		assertThat(html).containsSubsequence("<thead>", "<th>Item</th>", "<th>Cost</th>", "<tbody>", "<td>Disk, fast</td>",
				"<td>5</td>", "<td>Net</td>", "<td><em>free</em></td>");
	}

	@Test
	void aTableDirectiveWithoutATableIsReported() {
		lessons.html("""
				```{table} Empty
				Just text.
				```
				""");

		assertThat(lessons.warnings).containsExactly("1: The table directive holds no Markdown table");
	}
}
