package io.lectern.content.internal.render.myst;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.CustomBlock;

/**
 * A directive as written, before it means anything: {@code ```{name} argument} or
 * {@code :::{name} argument}, its options and its body. A body in Markdown was parsed with the
 * lesson and is the directive's children; a verbatim one is its lines. {@link Directives} turns it
 * into the blocks it stands for.
 */
final class Directive extends CustomBlock {

	final String name;
	final String argument;
	/**
	 * The lines between the fences with the fence's indentation taken off: all of them for a verbatim
	 * body, only the options for one parsed as Markdown.
	 */
	final List<String> lines;
	/** Whether the body was parsed with the lesson, into the directive's children. */
	private boolean bodyParsed;
	/** The argument as inlines, when the kind reads it as a title and the lesson's parser could read it. */
	private DirectiveTitle title;
	/** What stood between a gated directive's start and its end ({@code exercise-start} ... {@code exercise-end}). */
	private final Fragment gathered = new Fragment();
	private Map<String, String> options;
	private String body;
	private int bodyOffset;

	/** Options written inside the braces of the opening fence, which the body's own options override. */
	private final Map<String, String> inlineOptions;

	Directive(String name, String argument, List<String> lines) {
		this(name, argument, lines, Map.of());
	}

	Directive(String name, String argument, List<String> lines, Map<String, String> inlineOptions) {
		this.name = name;
		this.argument = argument;
		this.lines = lines;
		this.inlineOptions = inlineOptions;
	}

	void bodyParsed() {
		bodyParsed = true;
	}

	/** Whether the body's blocks are the directive's children, else they are still its lines. */
	boolean hasParsedBody() {
		return bodyParsed;
	}

	/** Keeps the title's inlines, which stay in the tree until the parser's own passes have run over them. */
	void title(DirectiveTitle inlines) {
		title = inlines;
		prependChild(inlines);
	}

	/** Takes the parsed title out of the body, so that only the kind decides where it goes. */
	void detachTitle() {
		if (title != null) {
			title.unlink();
		}
	}

	/** The argument as the lesson's parser read it, or null when it was left for the kind to read. */
	DirectiveTitle parsedTitle() {
		return title;
	}

	Fragment gathered() {
		return gathered;
	}

	/** The 0-based line of the opening fence in the text the renderer was given. */
	int line() {
		return getSourceSpans().isEmpty() ? 0 : getSourceSpans().get(0).getLineIndex();
	}

	Map<String, String> options() {
		split();
		return options;
	}

	String option(String key) {
		return options().getOrDefault(key, "").strip();
	}

	boolean flag(String key) {
		return options().containsKey(key) && !option(key).equalsIgnoreCase("false");
	}

	/** The name references use: {@code :label:}, or Sphinx's {@code :name:}. */
	String label() {
		return option("label").isEmpty() ? option("name") : option("label");
	}

	/** The number the author gives the block ({@code :enumerator:}, or its alias {@code :number:}), empty when none. */
	String enumerator() {
		return option("enumerator").isEmpty() ? option("number") : option("enumerator");
	}

	/**
	 * Whether the block takes a number of its kind: mystmd's {@code :enumerated: false} (or its alias
	 * {@code :numbered: false}) leaves it unnumbered and out of the count.
	 */
	boolean enumerated() {
		return !option("enumerated").equalsIgnoreCase("false") && !option("numbered").equalsIgnoreCase("false");
	}

	/** The body after the options, as written. */
	String body() {
		split();
		return body;
	}

	/** The 0-based line of the body's first line in the text the renderer was given. */
	int bodyLine() {
		split();
		return line() + 1 + bodyOffset;
	}

	private void split() {
		if (body == null) {
			DirectiveOptions.Split split = DirectiveOptions.split(lines);
			if (inlineOptions.isEmpty()) {
				options = split.options();
			}
			else {
				options = new LinkedHashMap<>(inlineOptions);
				options.putAll(split.options());
			}
			body = split.body();
			bodyOffset = split.bodyOffset();
		}
	}
}
