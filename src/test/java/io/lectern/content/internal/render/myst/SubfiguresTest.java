package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * mystmd's subfigures, from the examples of its figures guide: a figure with no argument gathers
 * the images of its body, each numbered after the figure (1a, 1b) and named by the figure's label
 * with its letter, or by a {@code (label)=} line written before it.
 */
class SubfiguresTest {

	private final Lessons lessons = new Lessons();

	private static final String TRIPS = """
			:::{figure}
			:label: trips
			:align: left

			![Banff, Canada](banff.png)
			![Golden Gate Bridge, San Francisco](sfo.png)

			We saw some great things on our trips this year.
			:::

			See [](#trips), [](#trips-a) and [the bridge](#trips-b).
			""";

	@Test
	void eachImageOfAFigureWithoutItsOwnPictureIsASubfigureWithItsAltTextAsCaption() {
		String html = lessons.html(TRIPS);

		assertThat(html).containsSubsequence(
				"<figure id=\"trips\" class=\"figure subfigures align-left\">",
				"<figure id=\"trips-a\" class=\"subfigure\">", "<img src=\"/media/banff.png\" alt=\"Banff, Canada\" />",
				"<figcaption><span class=\"caption-number\">(a) </span>Banff, Canada</figcaption>",
				"<figure id=\"trips-b\" class=\"subfigure\">", "<img src=\"/media/sfo.png\"",
				"<span class=\"caption-number\">(b) </span>Golden Gate Bridge, San Francisco",
				"<span class=\"caption-number\">Figure 1: </span>We saw some great things on our trips this year.");
	}

	@Test
	void referencesNameTheWholeFigureOrOnePictureOfIt() {
		String html = lessons.html(TRIPS);

		assertThat(html).contains("See <a href=\"#trips\" class=\"reference\">Figure 1</a>, "
				+ "<a href=\"#trips-a\" class=\"reference\">Figure 1a</a> and "
				+ "<a href=\"#trips-b\" class=\"reference\">the bridge</a>.");
	}

	@Test
	void aLabelLineBeforeAPictureNamesThatSubfigure() {
		String html = lessons.html("""
				```{figure} a.png
				First.
				```

				:::{figure}
				:label: my-figure

				(my-figure-fruit)=
				![Here is some fruit](apples.png)

				![My vacation pics](ocean.png)

				Some pictures of fruit and the ocean!
				:::

				See [](#my-figure-fruit) for the fruit.
				""");

		assertThat(html).contains("<a href=\"#my-figure-a\" class=\"reference\">Figure 2a</a> for the fruit")
			.containsSubsequence("(a) </span>Here is some fruit", "(b) </span>My vacation pics", "Figure 2: </span>Some pictures");
	}

	@Test
	void subfigureNumberingCanBeSwitchedOffAndThenPicturesKeepOnlyTheirCaptions() {
		String html = lessons.html(TRIPS, NumberingSettings.of(new io.lectern.content.Numbering(Optional.empty(),
				Map.of("subfigure", io.lectern.content.Numbering.Item.enabled(false)), Optional.empty())));

		assertThat(html).contains("<figcaption>Banff, Canada</figcaption>").doesNotContain("(a)")
			.contains("<span class=\"caption-number\">Figure 1: </span>");
	}

	/**
	 * mystmd makes subfigures only of several pictures: a figure whose body holds one image, written
	 * as its guide writes figures without an argument, is a figure of that image, unlettered.
	 */
	@Test
	void aFigureHoldingOneImageAndNoFigureIsAPlainFigureOfThatImage() {
		String html = lessons.html("""
				:::{figure}
				:label: dawn
				![A lake at dawn, mist on the water](lake.png)

				The lake at dawn.

				Taken from the north shore.
				:::

				See [](#dawn).
				""");

		assertThat(html).containsSubsequence(
				"<figure id=\"dawn\" class=\"figure\"><img src=\"/media/lake.png\" alt=\"A lake at dawn, mist on the water\" />",
				"<p><span class=\"caption-number\">Figure 1: </span>The lake at dawn.</p>",
				"<div class=\"legend\">", "Taken from the north shore.", "</figure>")
			.contains("See <a href=\"#dawn\" class=\"reference\">Figure 1</a>.")
			.doesNotContain("subfigure").doesNotContain("(a)").doesNotContain("dawn-a");
	}

	/** mystmd nests figure directives in a figure: each keeps its label, picture and caption, lettered. */
	private static final String NESTED = """
			::::{figure}
			:label: lakes

			:::{figure} louise.png
			:label: louise
			:alt: A turquoise lake under mountains

			Lake Louise in summer.

			Its water takes its colour from rock flour.
			:::

			(moraine)=
			:::{figure} moraine.png
			:::

			Two lakes of Banff National Park.
			::::

			The figure is [](#lakes); {numref}`Panel {subEnumerator} <moraine>` has no caption of its own,
			and {ref}`louise` reads as its caption.
			""";

	@Test
	void figuresWrittenInsideAFigureAreItsSubfiguresWithTheirOwnLabelsAndCaptions() {
		String html = lessons.html(NESTED);

		assertThat(html).containsSubsequence(
				"<figure id=\"lakes\" class=\"figure subfigures\">",
				"<figure id=\"louise\" class=\"subfigure\">", "<img src=\"/media/louise.png\" alt=\"A turquoise lake under mountains\"",
				"<span class=\"caption-number\">(a) </span>Lake Louise in summer.",
				"<div class=\"legend\">", "rock flour",
				"<figure id=\"lakes-b\" class=\"subfigure\">", "<img src=\"/media/moraine.png\"",
				"<figcaption><span class=\"caption-number\">(b) </span></figcaption>",
				"<span class=\"caption-number\">Figure 1: </span>Two lakes of Banff National Park.")
			.doesNotContain("Figure 1: </span>Lake Louise").doesNotContain("Figure 2");
	}

	@Test
	void referencesToANestedFigureReadAsSubfiguresAndSubEnumeratorIsItsLetter() {
		String html = lessons.html(NESTED);

		assertThat(html).contains("The figure is <a href=\"#lakes\" class=\"reference\">Figure 1</a>; "
				+ "<a href=\"#lakes-b\" class=\"reference\">Panel b</a> has no caption")
			.contains("<a href=\"#louise\" class=\"reference\">Lake Louise in summer.</a> reads as its caption");
	}
}
