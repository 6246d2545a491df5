package io.lectern.content.internal.render.myst;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;

/**
 * {@code include} and {@code literalinclude}: another file of the same course, read when the
 * course loads. A Markdown file's content joins the lesson as if written there (its problems are
 * reported at the include); {@code :literal:}, or {@code literalinclude}, shows it as code.
 * {@code :start-line:}/{@code :end-line:} (counted from 0, the end left out) and
 * {@code :start-after:}/{@code :end-before:} cut out a part.
 */
final class Include {

	private Include() {
	}

	static void register(Map<String, DirectiveKind> kinds) {
		kinds.put("include", Include::build);
		kinds.put("literalinclude", Include::build);
	}

	private static Node build(Directive directive, Expansion expansion) {
		String path = directive.argument.strip();
		String text = expansion.links.read(path, expansion.lineOf(directive.line())).orElse(null);
		if (text == null) {
			return null;
		}
		String part = part(text, directive);
		if (directive.name.equals("literalinclude") || directive.options().containsKey("literal")) {
			String language = first(directive, "lang", "language", "code");
			if (language.isEmpty() && path.contains(".")) {
				language = path.substring(path.lastIndexOf('.') + 1);
			}
			return CodeBlocks.listing(directive, expansion, language.replaceAll("[^A-Za-z0-9_+#.-]", ""), part);
		}
		if (!expansion.enterInclude()) {
			expansion.warn(directive, "Includes nest too deep (does a file include itself?): " + path);
			return null;
		}
		try {
			Fragment fragment = new Fragment();
			expansion.appendBlocks(fragment, part, directive.line());
			return fragment;
		}
		finally {
			expansion.leaveInclude();
		}
	}

	private static String part(String text, Directive directive) {
		String cut = text;
		String after = directive.option("start-after");
		if (!after.isEmpty() && cut.contains(after)) {
			cut = cut.substring(cut.indexOf(after) + after.length());
			cut = cut.startsWith("\n") ? cut.substring(1) : cut;
		}
		String before = directive.option("end-before");
		if (!before.isEmpty() && cut.contains(before)) {
			cut = cut.substring(0, cut.indexOf(before));
			cut = cut.substring(0, cut.lastIndexOf('\n') + 1);
		}
		List<String> lines = Arrays.asList(cut.split("\n", -1));
		int start = index(directive.option("start-line"), 0, lines.size());
		int end = index(directive.option("end-line"), lines.size(), lines.size());
		return String.join("\n", lines.subList(start, Math.max(start, end)));
	}

	/** A line index as docutils reads it: negative counts from the end. */
	private static int index(String value, int fallback, int size) {
		try {
			int index = Integer.parseInt(value.strip());
			return Math.max(0, Math.min(size, index < 0 ? size + index : index));
		}
		catch (NumberFormatException absent) {
			return fallback;
		}
	}

	private static String first(Directive directive, String... keys) {
		for (String key : keys) {
			if (!directive.option(key).isEmpty()) {
				return directive.option(key);
			}
		}
		return "";
	}
}
