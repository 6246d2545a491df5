package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * mystmd's {@code :enumerator:} option (and its alias {@code :number:}) on figures, tables, code
 * blocks and the {@code math} directive: the block shows the number its author gave it, in its
 * caption and in every reference, and the blocks of its kind around it count on as if it were not
 * there, which is how mystmd's guide slips in a figure "2a" between Figures 2 and 3.
 */
class EnumeratorOptionTest {

	private final Lessons lessons = new Lessons();

	@Test
	void aFiguresOwnNumberIsShownAndTheFiguresAfterItCountOnAsIfItWereNotThere() {
		String html = lessons.html("""
				```{figure} tide.png
				:label: tide
				High and low tide.
				```

				```{figure} spring-tide.png
				:label: spring
				:enumerator: 1a
				A spring tide, for comparison.
				```

				```{figure} moon.png
				:label: moon
				The moon's orbit.
				```

				Compare [](#spring) with {numref}`Fig. %s <tide>`; the orbit is [](#moon).
				""");

		assertThat(html).containsSubsequence(
				"<span class=\"caption-number\">Figure 1: </span>High and low tide.",
				"<figure id=\"spring\" class=\"figure\">", "<span class=\"caption-number\">Figure 1a: </span>A spring tide",
				"<span class=\"caption-number\">Figure 2: </span>The moon",
				"Compare <a href=\"#spring\" class=\"reference\">Figure 1a</a> with "
						+ "<a href=\"#tide\" class=\"reference\">Fig. 1</a>; the orbit is "
						+ "<a href=\"#moon\" class=\"reference\">Figure 2</a>.");
	}

	@Test
	void tablesCodeBlocksAndEquationsTakeTheirOwnNumberToo() {
		String html = lessons.html("""
				```{table} Tide heights
				:label: heights
				:number: A
				| port | metres |
				|---|---|
				| Brest | 7 |
				```

				```{code-block} python
				:caption: Predicting a tide
				:label: predict
				:enumerator: S1
				print("high")
				```

				```{math}
				:label: tide-force
				:enumerator: T
				F = 2 G M m r / d^3
				```

				$$ h(t) = A \\cos(\\omega t) $$ (height)

				See [](#heights), [](#predict), {eq}`tide-force` and {eq}`height`.
				""");

		assertThat(html).contains("<span class=\"caption-number\">Table A: </span>Tide heights")
			.contains("<span class=\"caption-number\">Program S1: </span>Predicting a tide")
			.containsSubsequence("<span class=\"equation-number\">(T)</span>", "<span class=\"equation-number\">(1)</span>")
			.contains("See <a href=\"#heights\" class=\"reference\">Table A</a>, "
					+ "<a href=\"#predict\" class=\"reference\">Program S1</a>, "
					+ "<a href=\"#tide-force\" class=\"reference\">(T)</a> and "
					+ "<a href=\"#height\" class=\"reference\">(1)</a>.");
	}

	@Test
	void theSubfiguresOfAFigureWithItsOwnNumberAreLetteredAfterIt() {
		String html = lessons.html("""
				:::{figure}
				:label: coasts
				:enumerator: C
				![A cliff](cliff.png)
				![A beach](beach.png)

				Two coasts.
				:::

				See [](#coasts-b).
				""");

		assertThat(html).contains("<span class=\"caption-number\">Figure C: </span>Two coasts.")
			.contains("<a href=\"#coasts-b\" class=\"reference\">Figure Cb</a>");
	}

	@Test
	void anOwnNumberIsTextWhereverItIsShown() {
		String html = lessons.html("""
				```{figure} x.png
				:label: x
				:enumerator: <b>2</b>
				A caption.
				```

				See [Fig. <em>%s</em>](#x) and [](#x).
				""");

		assertThat(html).contains("Figure &lt;b&gt;2&lt;/b&gt;: </span>A caption.")
			.contains("See <a href=\"#x\" class=\"reference\">Fig. <em>&lt;b&gt;2&lt;/b&gt;</em></a> and "
					+ "<a href=\"#x\" class=\"reference\">Figure &lt;b&gt;2&lt;/b&gt;</a>.");
	}
}
