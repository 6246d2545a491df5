package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.LinkResolver;
import java.util.List;
import java.util.Optional;
import org.commonmark.Extension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * MyST's inline syntax and the blocks that go with it, on top of CommonMark: roles, {@code @label}
 * references, {@code (label)=} targets and definition lists (footnotes are commonmark-java's own
 * extension). The tree transforms run in two steps around the renderer's own link handling.
 */
public final class MystExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

	private MystExtension() {
	}

	public static Extension create() {
		return new MystExtension();
	}

	@Override
	public void extend(Parser.Builder parser) {
		parser.customInlineContentParserFactory(new Role.Factory())
			.customInlineContentParserFactory(new AtReference())
			.customBlockParserFactory(new LabelLine.Factory())
			.customBlockParserFactory(new Definition.Factory())
			.postProcessor(new DefinitionList.Gathering());
	}

	@Override
	public void extend(HtmlRenderer.Builder renderer) {
		renderer.nodeRendererFactory(InlineMarkup.Renderer::new)
			.nodeRendererFactory(CrossReference.Renderer::new)
			.nodeRendererFactory(LabelLine.Renderer::new)
			.nodeRendererFactory(DefinitionList.Renderer::new);
	}

	/**
	 * Gives roles their meaning and turns links that are references into ones waiting for the
	 * course's labels; before the renderer resolves the remaining links.
	 */
	public static void resolveRoles(Node document, LinkResolver links, int bodyLine) {
		Footnotes.safeLabels(document);
		Roles.apply(document, links, bodyLine);
		LinkReferences.apply(document, links, bodyLine);
		BracketedCitations.group(document);
	}

	/**
	 * Numbers and anchors the labelled blocks and marks every reference; on the finished tree.
	 *
	 * @return the lesson's targets and the references that wait for its course
	 */
	public static Labelling label(Node document, NumberingSettings numbering, int bodyLine) {
		Labelling labelling = new Labelling(Numbering.number(document, numbering, bodyLine),
				CrossReferences.collect(document, bodyLine));
		// The headings' ids and numbers are final now: the {toc} lists of headings can be written.
		ContentsList.listHeadings(document);
		return labelling;
	}

	/**
	 * Whether a block of a lesson's opening shows beside its text or not at all, rather than in its
	 * flow: a target line, a notebook break or comment, a margin note or sidebar.
	 */
	public static boolean standsAside(Node block) {
		return block instanceof LabelLine || block instanceof BlockBreak
				|| block instanceof Element element && element.tag.equals("aside");
	}

	/** What a role shows as plain text (see {@link Roles#plainText}), when {@code node} is a role as written. */
	public static Optional<String> plainTextOfRole(Node node) {
		return node instanceof Role role ? Optional.of(Roles.plainText(role)) : Optional.empty();
	}

	/**
	 * What a directive, as written and not yet expanded, shows or holds: the picture of a
	 * {@code figure} or {@code image} (its argument), and a Markdown body still in its lines (a
	 * backtick fence's), with the 0-based line it starts on. Empty for any other node.
	 */
	public static Optional<WrittenDirective> writtenDirective(Node node) {
		if (!(node instanceof Directive directive)) {
			return Optional.empty();
		}
		boolean picture = directive.name.equals("figure") || directive.name.equals("image");
		// Only a body the kind reads as Markdown shows what it holds: code, TeX, or raw output for
		// another format ({raw} jupyter) shows none of its pictures.
		boolean markdown = !directive.hasParsedBody() && Directives.kind(directive.name).body() != DirectiveKind.Body.VERBATIM;
		return Optional.of(new WrittenDirective(picture ? Optional.of(directive.argument.strip()).filter(s -> !s.isEmpty())
				: Optional.empty(), directive.line(), markdown ? Optional.of(directive.body()) : Optional.empty(),
				directive.bodyLine()));
	}

	/** See {@link #writtenDirective}: the lines are 0-based, in the text the directive was parsed from. */
	public record WrittenDirective(Optional<String> picture, int line, Optional<String> unparsedBody, int bodyLine) {
	}

	public record Labelling(List<Target> targets, CrossReferences references) {
	}
}
