package io.lectern.content.internal.render.myst;

import io.lectern.authoring.YamlMap;
import io.lectern.content.internal.math.MathMacros;
import io.lectern.content.internal.render.IncludedMacros;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * mystmd's {@code myst} directive, with which its guide teaches the syntax: the body shown as
 * Markdown source, then what it makes, rendered as the lesson's own text is. A front matter block
 * opening the body is in the source and left out of the result; its {@code math:} macros serve the
 * demo's formulas (and, as an included file's do, the page's after it), and its
 * {@code abbreviations} mark up the demo's text.
 */
final class MystDemo {

	private MystDemo() {
	}

	static void register(Map<String, DirectiveKind> kinds) {
		kinds.put("myst", DirectiveKind.verbatim(MystDemo::build));
	}

	private static Node build(Directive directive, Expansion expansion) {
		String body = directive.body();
		String source = body.strip();
		Element demo = new Element("div", "myst-demo");
		demo.appendChild(CodeBlocks.listing(directive, expansion, "markdown", source + "\n"));
		Element result = new Element("div", "myst-demo-result");
		String shown = Include.withoutFrontMatter(source);
		// The blank lines and the front matter left out still count, so problems are reported where they are.
		int skipped = lines(body.substring(0, body.length() - body.stripLeading().length()))
				+ lines(source.substring(0, source.length() - shown.length()));
		expansion.appendBlocks(result, shown, directive.bodyLine() + skipped);
		// The demo's own front matter, as the guide's examples of macros and abbreviations have it:
		// its math: macros serve its formulas, as an included file's do, and its abbreviations its text.
		Optional<YamlMap> frontMatter = Include.frontMatterOf(source);
		frontMatter.map(MathMacros::of).filter(macros -> !macros.definitions().isEmpty()).map(IncludedMacros::new)
			.ifPresent(result::appendChild);
		frontMatter.map(Abbreviations::read).ifPresent(abbreviations -> abbreviations.apply(result));
		headingsAsExamples(result);
		demo.appendChild(result);
		return demo;
	}

	private static int lines(String text) {
		return (int) text.chars().filter(c -> c == '\n').count();
	}

	/**
	 * The headings a demo makes are examples, not sections of the page: they are left out of its
	 * numbering, anchors and "On this page" list, and of the document's outline a screen reader
	 * navigates, and styled as headings of their level.
	 */
	private static void headingsAsExamples(Node result) {
		List<Heading> headings = new ArrayList<>();
		result.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				headings.add(heading);
			}
		});
		for (Heading heading : headings) {
			Element example = new Element("p", "myst-demo-heading myst-demo-h" + heading.getLevel());
			example.setSourceSpans(heading.getSourceSpans());
			Expansion.moveChildren(heading, example);
			heading.insertBefore(example);
			heading.unlink();
		}
	}
}
