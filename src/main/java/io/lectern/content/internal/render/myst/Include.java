package io.lectern.content.internal.render.myst;

import io.lectern.authoring.Problems;
import io.lectern.authoring.YamlMap;
import io.lectern.content.internal.math.MathMacros;
import io.lectern.content.internal.render.IncludedMacros;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
		kinds.put("include", DirectiveKind.verbatim(Include::build));
		kinds.put("literalinclude", DirectiveKind.verbatim(Include::build));
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
			expansion.warn(directive, "problem.include.tooDeep", path);
			return null;
		}
		try {
			Fragment fragment = new Fragment();
			expansion.appendBlocks(fragment, withoutFrontMatter(part), directive.line());
			macrosOf(part).ifPresent(fragment::appendChild);
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

	/**
	 * An included page's own front matter (a shared file of {@code math} macros, say) is not
	 * content: MyST drops it, whereas Markdown would show it as a heading over its closing line.
	 */
	static String withoutFrontMatter(String text) {
		if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
			return text;
		}
		Matcher end = Pattern.compile("^---[ \t]*\r?$", Pattern.MULTILINE).matcher(text);
		return end.find(4) ? text.substring(Math.min(text.length(), end.end() + 1)) : text;
	}

	/** A line index as docutils reads it: negative counts from the end. */
	/** The {@code math:} macros of the included file's front matter, for the including page's formulas. */
	static Optional<IncludedMacros> macrosOf(String text) {
		return frontMatterOf(text).map(MathMacros::of)
			.filter(macros -> !macros.definitions().isEmpty())
			.map(IncludedMacros::new);
	}

	/** The front matter opening {@code text}, if any and readable. */
	static Optional<YamlMap> frontMatterOf(String text) {
		if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
			return Optional.empty();
		}
		Matcher end = Pattern.compile("^---[ \t]*\r?$", Pattern.MULTILINE).matcher(text);
		if (!end.find(4)) {
			return Optional.empty();
		}
		// A mistake in the included file's front matter was the author's to see there; it is not the page's.
		return YamlMap.parse(text.substring(4, end.start()), "include", 1, new Problems());
	}

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
