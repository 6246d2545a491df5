package io.lectern.content.internal.render.myst;

import java.util.Map;
import org.commonmark.node.Node;

/**
 * mystmd's {@code myst} directive, with which its guide teaches the syntax: the body shown as
 * Markdown source, then what it makes, rendered as the lesson's own text is. A front matter block
 * opening the body is in the source and left out of the result.
 */
final class MystDemo {

	private MystDemo() {
	}

	static void register(Map<String, DirectiveKind> kinds) {
		kinds.put("myst", DirectiveKind.verbatim(MystDemo::build));
	}

	private static Node build(Directive directive, Expansion expansion) {
		String source = directive.body().strip();
		Element demo = new Element("div", "myst-demo");
		demo.appendChild(CodeBlocks.listing(directive, expansion, "markdown", source + "\n"));
		Element result = new Element("div", "myst-demo-result");
		expansion.appendBlocks(result, Include.withoutFrontMatter(source), directive.bodyLine());
		demo.appendChild(result);
		return demo;
	}
}
