package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.BlockRenderer;
import org.commonmark.node.CustomNode;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A reference whose link and text are only known once every lesson of the course is rendered: it
 * renders as its own text between two markers that {@link CrossReferences} later replaces. Its
 * children are the text the author gave, if any ({@code [text](#label)}, {@code {ref}`text <label>`}).
 */
final class CrossReference extends CustomNode {

	/** How the reference was written, which decides the text it shows when it has none. */
	enum Form {
		/** {@code {ref}}: the target's title. */
		REF,
		/** {@code {numref}}: "Figure 3", or the author's template with {@code %s}. */
		NUMREF,
		/** {@code {eq}}: "(2)". */
		EQ,
		/** {@code [](#label)}, {@code <project:#label>}: the number if there is one, else the title. */
		LINK,
		/** {@code @label}: as a link, and plain text when nothing has that label. */
		AT,
		/** {@code {doc}} and {@code [](other.md)}: the lesson's title; the target is the lesson's URL. */
		DOC,
		/** A page {@code {tableofcontents}} lists: the lesson's title in navigation; the target is its URL. */
		TOC,
		/** {@code {term}}: a glossary term. */
		TERM,
		/** {@code {cite}}: an entry of the course's bibliography. */
		CITE,
		/**
		 * The {@code {bibliography}} directive: the list of the course's entries that the target, a
		 * {@link CrossReferences.Listed}'s name, says.
		 */
		BIBLIOGRAPHY
	}

	final Form form;
	final String target;
	String marker;

	CrossReference(Form form, String target) {
		this.form = form;
		this.target = target;
	}

	static final class Renderer extends BlockRenderer<CrossReference> {

		Renderer(HtmlNodeRendererContext context) {
			super(context, CrossReference.class);
		}

		@Override
		protected void render(CrossReference reference, HtmlWriter html) {
			if (reference.marker != null) {
				html.text(reference.marker + "-start");
			}
			renderChildren(reference);
			if (reference.marker != null) {
				html.text(reference.marker + "-end");
			}
		}
	}
}
