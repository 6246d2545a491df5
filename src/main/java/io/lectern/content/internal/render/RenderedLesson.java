package io.lectern.content.internal.render;

import io.lectern.content.Heading;
import io.lectern.content.Passage;
import io.lectern.content.internal.render.myst.CrossReferences;
import io.lectern.content.internal.render.myst.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * The output of rendering one lesson body.
 *
 * @param warnings what is off in what still rendered (a formula that does not parse), by line of the
 *     rendered body as {@code bodyLine} counts them, for the loader to report against the file
 * @param targets what references can point at in this lesson: its labels with their ids and numbers
 * @param references the references whose links wait for the labels of the whole course, markers in {@code html}
 * @param formulas the formulas still to typeset, markers in {@code html}
 * @param drewBlocks whether one of its fenced blocks was drawn rather than shown as code (a diagram)
 */
public record RenderedLesson(String html, List<Heading> headings, int readingMinutes, List<Passage> passages,
		List<Warning> warnings, List<Target> targets, CrossReferences references, PendingFormulas formulas,
		boolean drewBlocks) {

	public RenderedLesson {
		warnings = List.copyOf(warnings);
		targets = List.copyOf(targets);
	}

	/** This lesson with every reference made a link, or text where its label does not exist. */
	public RenderedLesson linked(CrossReferences.Lookup lookup, CrossReferences.Warnings linkWarnings) {
		return new RenderedLesson(references.resolve(html, lookup, linkWarnings), headings, readingMinutes, passages,
				warnings, targets, CrossReferences.NONE, formulas, drewBlocks);
	}

	/** This lesson with its formulas typeset, and those that do not parse among its warnings. */
	public RenderedLesson typeset() {
		if (formulas.isEmpty()) {
			return this;
		}
		PendingFormulas.Typeset typeset = formulas.typesetInto(html);
		List<Warning> all = new ArrayList<>(warnings);
		all.addAll(typeset.warnings());
		return new RenderedLesson(typeset.html(), headings, readingMinutes, passages, all, targets, references,
				PendingFormulas.NONE, drewBlocks);
	}

	/**
	 * @param line the line of the body, counted from {@code bodyLine} as links are
	 * @param key the problem's sentence in the {@code content-problems} bundles, and its arguments
	 */
	public record Warning(int line, String key, List<Object> arguments) {

		public Warning {
			arguments = arguments.stream().map(argument -> argument == null ? (Object) "" : argument).toList();
		}

		public static Warning of(int line, String key, Object... arguments) {
			return new Warning(line, key, java.util.Arrays.asList(arguments));
		}

		public Object[] argumentArray() {
			return arguments.toArray();
		}

		/** In English, as logs print it. */
		public String message() {
			return io.lectern.authoring.ContentProblem.inEnglish(key, argumentArray());
		}
	}
}
