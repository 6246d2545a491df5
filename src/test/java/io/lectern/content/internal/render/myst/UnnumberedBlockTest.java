package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * mystmd's {@code :enumerated: false} (and its alias {@code :numbered: false}) on a single figure,
 * table, code block or {@code math} directive: the block shows no number and takes none from the
 * count, so the blocks of its kind after it are numbered as if it were not there. Its label still
 * names it.
 */
class UnnumberedBlockTest {

	private final Lessons lessons = new Lessons();

	@Test
	void anUnnumberedFigureShowsNoNumberAndTheFigureAfterItTakesTheNumberItWouldHaveHad() {
		String html = lessons.html("""
				```{figure} tide.png
				:label: tide
				High and low tide.
				```

				```{figure} sketch.png
				:label: sketch
				:enumerated: false
				A sketch of the coast.
				```

				```{figure} moon.png
				:label: moon
				The moon's orbit.
				```

				The orbit is [](#moon), the coast [](#sketch).
				""");

		assertThat(html).containsSubsequence(
				"<span class=\"caption-number\">Figure 1: </span>High and low tide.",
				"<figure id=\"sketch\" class=\"figure\">", "<p>A sketch of the coast.</p>",
				"<span class=\"caption-number\">Figure 2: </span>The moon",
				"The orbit is <a href=\"#moon\" class=\"reference\">Figure 2</a>, "
						+ "the coast <a href=\"#sketch\" class=\"reference\">A sketch of the coast.</a>")
			.doesNotContain("Figure 3");
	}

	@Test
	void tablesCodeBlocksAndEquationsCanBeLeftOutOfTheCountToo() {
		String html = lessons.html("""
				```{table} Tide heights, roughly
				:numbered: false
				| port | metres |
				|---|---|
				| Brest | 7 |
				```

				```{table} Tide heights
				:label: heights
				| port | metres |
				|---|---|
				| Brest | 7.2 |
				```

				```{code-block} python
				:caption: A first try
				:enumerated: false
				print("high?")
				```

				```{code-block} python
				:caption: Predicting a tide
				:label: predict
				print("high")
				```

				```{math}
				:enumerated: false
				F = G M m / d^2
				```

				$$ h(t) = A \\cos(\\omega t) $$ (height)

				See [](#heights), [](#predict) and {eq}`height`.
				""");

		assertThat(html).containsSubsequence("Tide heights, roughly",
				"<span class=\"caption-number\">Table 1: </span>Tide heights</caption>")
			.containsSubsequence("A first try", "<span class=\"caption-number\">Program 1: </span>Predicting a tide")
			.contains("<span class=\"equation-number\">(1)</span>")
			.doesNotContain("Table 2").doesNotContain("Program 2").doesNotContain("(2)")
			.contains("See <a href=\"#heights\" class=\"reference\">Table 1</a>, "
					+ "<a href=\"#predict\" class=\"reference\">Program 1</a> and "
					+ "<a href=\"#height\" class=\"reference\">(1)</a>.");
	}
}
