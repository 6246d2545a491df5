package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.DisplayMath;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;

/**
 * Directives with little to them: {@code math} and {@code raw} (HTML only, which then passes the
 * lesson's sanitizer like any raw HTML); {@code toctree} and {@code contents} are mystmd's
 * {@code toc} ({@link ContentsList}), and Jupyter Book 1's {@code tableofcontents} is
 * {@link TableOfContents}. {@code index} shows nothing either, as in MyST, where it only adds entries
 * to an index page, which Lectern has not; a {@code :label:} or {@code :name:} on it is still a target.
 */
final class Plain {

	private Plain() {
	}

	static void register(Map<String, DirectiveKind> kinds) {
		kinds.put("math", DirectiveKind.verbatim((directive, expansion) -> {
			String tex = (directive.argument.strip() + "\n" + directive.body()).strip();
			DisplayMath math = DisplayMath.of(tex, Optional.ofNullable(directive.label()).filter(label -> !label.isBlank()))
				.numberedAs(directive.enumerator());
			return directive.enumerated() ? math : math.unnumbered();
		}));
		kinds.put("raw", DirectiveKind.verbatim(Plain::raw));
		kinds.put("index", DirectiveKind.verbatim(
				(directive, expansion) -> directive.label().isEmpty() ? null : new LabelLine(directive.label())));
	}

	private static Node raw(Directive directive, Expansion expansion) {
		if (!directive.argument.strip().toLowerCase(Locale.ROOT).equals("html")) {
			return null;
		}
		HtmlBlock html = new HtmlBlock();
		html.setLiteral(directive.body() + "\n");
		return html;
	}
}
