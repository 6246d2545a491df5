package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What sphinx-exercise and mystmd let references name: a solution's own {@code :label:}, and an
 * exercise that mystmd's {@code :enumerated: false} leaves out of the count.
 */
class ExerciseTargetsTest {

	private final Lessons lessons = new Lessons();

	@Test
	void aLabelledSolutionIsATargetThatReadsAsTheSolutionToItsExercise() {
		String html = lessons.html("""
				```{exercise}
				:label: ex-keys
				Rotate a key.
				```

				```{solution} ex-keys
				:label: sol-keys
				Create the new key first.
				```

				See {ref}`sol-keys`, or [the answer](#sol-keys).
				""");

		assertThat(html).contains("<details id=\"sol-keys\" class=\"solution\">")
			.contains("See <a href=\"#sol-keys\" class=\"reference\">Solution to Exercise 1</a>, or "
					+ "<a href=\"#sol-keys\" class=\"reference\">the answer</a>.");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void aLabelledSolutionKeepsItsIdOnAPageWithRawHtml() {
		// Raw HTML sends the page through the allowlist, which must keep the solution's id.
		String html = lessons.html("""
				```{exercise}
				:label: ex-keys
				Press <kbd>R</kbd>.
				```

				```{solution} ex-keys
				:label: sol-keys
				Done.
				```
				""");

		assertThat(html).contains("<details id=\"sol-keys\" class=\"solution\">");
	}

	@Test
	void anExerciseThatIsNotEnumeratedTakesNoNumberAndTheNextOneTakesItsPlace() {
		String html = lessons.html("""
				```{exercise} Warm-up
				:label: warm-up
				:enumerated: false
				List your users.
				```

				```{exercise}
				:label: main
				:nonumber: false
				Remove one.
				```

				```{solution} warm-up
				All of them.
				```
				""");

		assertThat(html).containsSubsequence(
				"<div id=\"warm-up\" class=\"exercise\">", "<span class=\"caption-number\">Exercise</span> (Warm-up)",
				"<div id=\"main\" class=\"exercise\">", "<span class=\"caption-number\">Exercise 1</span>",
				"<summary class=\"solution-title\">Solution to Exercise</summary>");
	}
}
