package io.lectern.content.internal.render.myst;

import java.util.List;
import java.util.Map;
import org.commonmark.node.CustomBlock;

/**
 * A directive as written, before it means anything: {@code ```{name} argument} or
 * {@code :::{name} argument}, its options and its body. {@link Directives} turns it into the blocks
 * it stands for.
 */
final class Directive extends CustomBlock {

	final String name;
	final String argument;
	/** The lines between the fences, options included, with the fence's indentation taken off. */
	final List<String> lines;
	private Map<String, String> options;
	private String body;
	private int bodyOffset;

	Directive(String name, String argument, List<String> lines) {
		this.name = name;
		this.argument = argument;
		this.lines = lines;
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
			options = split.options();
			body = split.body();
			bodyOffset = split.bodyOffset();
		}
	}
}
