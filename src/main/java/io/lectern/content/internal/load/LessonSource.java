package io.lectern.content.internal.load;

import io.lectern.content.LessonDetails;
import io.lectern.content.Numbering;
import io.lectern.content.internal.math.MathMacros;
import io.lectern.content.internal.render.myst.Abbreviations;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * A lesson file after its front matter is read and before its Markdown is rendered.
 *
 * @param path file path relative to the content folder
 * @param oldPaths {@code redirect_from} paths and the permalink, which all answer 301
 * @param previousPage the {@code prev_page} url as the author's old site wrote it
 * @param nextPage the {@code next_page} url as the author's old site wrote it
 * @param fileLine maps a line the renderer reports ({@code bodyLine} plus a line of {@code body})
 *     to the line of the lesson file a problem there should point at; a notebook's body is Markdown
 *     written from its cells, so its lines lead back to the cell they came from
 * @param outputFiles files the lesson brings with it, by content path: a notebook's output images
 * @param kernelLanguage the language of the lesson's code cells, from its {@code kernelspec} (a
 *     notebook's, or a MyST Markdown notebook's jupytext front matter): what a {@code {code-cell}}
 *     without a language of its own is written in
 * @param details subtitle, short title, authors and date from the front matter
 * @param numbering which kinds of block the lesson numbers, from the front matter
 * @param mathMacros the TeX macros of the page's {@code math:} front matter
 * @param abbreviations the abbreviations of the page's front matter
 */
record LessonSource(String path, String slug, String title, String summary, List<String> topics,
		List<String> oldPaths, String body, int bodyLine, Optional<String> previousPage, Optional<String> nextPage,
		IntUnaryOperator fileLine, Map<String, byte[]> outputFiles, Optional<String> kernelLanguage, LessonDetails details,
		Numbering numbering, MathMacros mathMacros, Abbreviations abbreviations) {

	/** A Markdown lesson that names no previous or next page of its own. */
	LessonSource(String path, String slug, String title, String summary, List<String> topics, List<String> oldPaths,
			String body, int bodyLine) {
		this(path, slug, title, summary, topics, oldPaths, body, bodyLine, Optional.empty(), Optional.empty(),
				line -> line, Map.of(), Optional.empty(), LessonDetails.NONE, Numbering.NONE, MathMacros.NONE,
				Abbreviations.NONE);
	}

	/** The same lesson at another address within its course. */
	LessonSource withSlug(String otherSlug) {
		return new LessonSource(path, otherSlug, title, summary, topics, oldPaths, body, bodyLine, previousPage, nextPage,
				fileLine, outputFiles, kernelLanguage, details, numbering, mathMacros, abbreviations);
	}

	/**
	 * The same lesson as its course's table of contents lists it: a title there names it in
	 * navigation, over its front matter's {@code short_title}, as the table of contents is the
	 * course's and the front matter the page's.
	 */
	LessonSource listedAs(CoursePlan.Entry entry) {
		if (entry.title() == null) {
			return this;
		}
		return new LessonSource(path, slug, title, summary, topics, oldPaths, body, bodyLine, previousPage, nextPage,
				fileLine, outputFiles, kernelLanguage, details.namedInNavigation(entry.title()), numbering, mathMacros,
				abbreviations);
	}

	/** The macros the lesson's formulas may use: its project's, and its own, which win. */
	MathMacros mathMacros(CoursePlan plan) {
		return plan.mathMacros().under(mathMacros);
	}

	/** The abbreviations the lesson's text is marked up with: its project's, and its own, which win. */
	Abbreviations abbreviations(CoursePlan plan) {
		return plan.project().abbreviations().under(abbreviations);
	}
}
