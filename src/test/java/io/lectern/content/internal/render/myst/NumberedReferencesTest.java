package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.content.Bibliography;
import io.lectern.content.internal.render.FencedBlocks;
import io.lectern.content.internal.render.Labelled;
import io.lectern.content.internal.math.MathMacros;
import io.lectern.content.internal.render.MarkdownRenderer;
import io.lectern.content.internal.render.RenderedLesson;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * References to numbered targets (figures and equations, which directives and display math add),
 * as mystmd's guide shows them: "Figure 3", "(2)", and templates with {@code %s}, {@code {number}}
 * and {@code {name}}.
 */
class NumberedReferencesTest {

	private final Lessons lessons = new Lessons();

	/** A course in which another lesson holds Figure 3 and equation (2). */
	private final CrossReferences.Lookup course = new CrossReferences.Lookup() {
		private final Map<String, Target> targets = Map.of(
				"fig-model", new Target("fig-model", "fig-model", Labelled.Kind.FIGURE, "3", "Figure %s", "The shared model", 4),
				"eq-cost", new Target("eq-cost", "eq-cost", Labelled.Kind.EQUATION, "2", "(%s)", "", 9),
				"eq-plain", new Target("eq-plain", "eq-plain", Labelled.Kind.EQUATION, "", "(%s)", "", 12));

		@Override
		public Optional<CrossReferences.Located> label(String label) {
			return Optional.ofNullable(targets.get(label)).map(target -> new CrossReferences.Located("/courses/c/model", target));
		}

		@Override
		public Optional<String> pageTitle(String url) {
			return Optional.empty();
		}

		@Override
		public Optional<Bibliography.Entry> citation(String key) {
			return Optional.empty();
		}
	};

	private String html(String markdown) {
		RenderedLesson pending = new MarkdownRenderer().renderPending(markdown, "Lesson", 1, lessons, FencedBlocks.NONE,
				NumberingSettings.DEFAULT, MathMacros.NONE);
		return pending.linked(course, lessons::warning).html();
	}

	@Test
	void aNumberedTargetShowsItsKindAndNumber() {
		assertThat(html("See [](#fig-model), @fig-model and {numref}`fig-model`."))
			.contains("See <a href=\"/courses/c/model#fig-model\" class=\"reference\">Figure 3</a>, "
					+ "<a href=\"/courses/c/model#fig-model\" class=\"reference\">Figure 3</a> and "
					+ "<a href=\"/courses/c/model#fig-model\" class=\"reference\">Figure 3</a>.");
	}

	@Test
	void refShowsTheCaptionRatherThanTheNumber() {
		assertThat(html("{ref}`fig-model` and {std:ref}`fig-model`"))
			.contains("<a href=\"/courses/c/model#fig-model\" class=\"reference\">The shared model</a> and "
					+ "<a href=\"/courses/c/model#fig-model\" class=\"reference\">The shared model</a>");
	}

	@Test
	void templatesPlaceTheNumberAndTheName() {
		assertThat(html("{numref}`Fig. %s <fig-model>`, [Figure {number}: {name}](#fig-model), [Fig %s](#fig-model)"))
			.contains(">Fig. 3</a>, ").contains(">Figure 3: The shared model</a>, ").contains(">Fig 3</a>");
	}

	@Test
	void anEquationShowsItsNumberInParentheses() {
		assertThat(html("By {eq}`eq-cost` and [](#eq-cost)."))
			.contains("By <a href=\"/courses/c/model#eq-cost\" class=\"reference\">(2)</a> and "
					+ "<a href=\"/courses/c/model#eq-cost\" class=\"reference\">(2)</a>.");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void aReferenceStillLinksInALessonWithRawHtml() {
		assertThat(html("<kbd>raw</kbd> and {numref}`fig-model`"))
			.contains("<a href=\"/courses/c/model#fig-model\" class=\"reference\">Figure 3</a>");
	}

	@Test
	void aReferenceToAnEquationWithoutANumberReadsQuestionMarksAndIsReported() {
		assertThat(html("In Equation @eq-plain and {eq}`eq-plain`."))
			.contains("In Equation <a href=\"/courses/c/model#eq-plain\" class=\"reference\">(??)</a> and "
					+ "<a href=\"/courses/c/model#eq-plain\" class=\"reference\">(??)</a>.");
		assertThat(lessons.warnings).containsExactly("1: \"eq-plain\" has no number to show", "1: \"eq-plain\" has no number to show");
	}

	@Test
	void aTargetLineBeforeABlockWithoutALabelGivesItItsAddress() {
		String html = lessons.html("""
				(eq-normal)=
				```{math}
				(-1)^s \\times 1.f \\times 2^{e-127}
				```

				(iid-theorem)=
				```{prf:theorem}
				Averages converge.
				```

				See @eq-normal and {prf:ref}`iid-theorem`.
				""");

		assertThat(html).contains("id=\"eq-normal\"").contains("id=\"iid-theorem\"")
			.contains("<a href=\"#eq-normal\" class=\"reference\">(1)</a>")
			.contains("<a href=\"#iid-theorem\" class=\"reference\">Theorem 1</a>");
	}
}
