package io.lectern.content.internal.render;

import io.lectern.content.Heading;
import io.lectern.content.internal.Slugs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Gives every heading a stable id made from its text (GitHub's scheme: {@code "Users & Groups"}
 * becomes {@code users-groups}, a repeat becomes {@code users-groups-1}) so links into a lesson keep
 * working, and renders a "#" anchor link beside it.
 */
public final class HeadingAnchors {

	private HeadingAnchors() {
	}

	/** A heading that knows its id, so one shared renderer can draw it; with a MyST label, references can name it. */
	static final class AnchoredHeading extends CustomBlock implements Labelled {

		final int level;
		String id;
		final String text;
		private final Optional<String> label;
		private String number = "";
		/** The words of the course's language, for the anchor's label ("Link to section: ..."). */
		ContentWords words = ContentWords.ENGLISH;

		AnchoredHeading(int level, String id, String text, Optional<String> label) {
			this.level = level;
			this.id = id;
			this.text = text;
			this.label = label;
		}

		@Override
		public Optional<String> label() {
			return label;
		}

		@Override
		public Kind kind() {
			return Kind.HEADING;
		}

		@Override
		public boolean numbered() {
			return true;
		}

		@Override
		public int headingDepth() {
			return level;
		}

		@Override
		public String title() {
			return text;
		}

		/** A labelled heading's id comes from its label, given by the numbering pass; others keep theirs. */
		@Override
		public void assign(String anchor, String number) {
			this.id = anchor;
			this.number = number;
		}

		@Override
		public String anchor() {
			return id;
		}

		@Override
		public String number() {
			return number;
		}

		/** The heading's text as lists of sections show it: with its number, when the page numbers headings. */
		String numberedText() {
			return number.isEmpty() ? text : number + " " + text;
		}
	}

	/**
	 * Replaces every heading of {@code document} with an anchored one.
	 *
	 * @param labelOf the label an author gave a heading, if any
	 */
	static void anchor(Node document, Function<org.commonmark.node.Heading, Optional<String>> labelOf, ContentWords words) {
		Map<String, Integer> seen = new HashMap<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(org.commonmark.node.Heading heading) {
				String text = textOf(heading).strip();
				Optional<String> label = labelOf.apply(heading);
				String base = Slugs.slugify(text);
				int repeat = label.isPresent() ? 0 : seen.merge(base, 1, Integer::sum) - 1;
				AnchoredHeading anchored = new AnchoredHeading(heading.getLevel(),
						label.isPresent() ? null : repeat == 0 ? base : base + "-" + repeat, text, label);
				anchored.setSourceSpans(heading.getSourceSpans());
				anchored.words = words;
				BlockRenderer.moveChildren(heading, anchored);
				heading.insertAfter(anchored);
				heading.unlink();
			}
		});
	}

	/**
	 * The two top levels of the body's headings, for the "On this page" list, as levels 2 and 3;
	 * once every heading has its id. They are the h2 and h3 headings, unless the body has sections
	 * of its own at the title's level, two or more: notebooks and the pages legacy Jupyter Books
	 * generated from them often have several {@code #} sections, each with its {@code ##} parts.
	 */
	static List<Heading> outline(Node document) {
		List<AnchoredHeading> headings = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(CustomBlock block) {
				if (block instanceof AnchoredHeading anchored) {
					headings.add(anchored);
				}
				visitChildren(block);
			}
		});
		// One # heading is the page's own title shown again; two or more are its sections.
		int top = headings.stream().filter(heading -> heading.level == 1).count() > 1 ? 1 : 2;
		return headings.stream()
			.filter(heading -> heading.level == top || heading.level == top + 1)
			.map(heading -> new Heading(heading.level - top + 2, heading.id, heading.numberedText()))
			.toList();
	}

	/** A node's text and code, from which its anchor is made. */
	public static String textOf(Node node) {
		return HeadingText.textOf(node, false);
	}

	static final class Renderer extends BlockRenderer<AnchoredHeading> {

		Renderer(HtmlNodeRendererContext context) {
			super(context, AnchoredHeading.class);
		}

		@Override
		protected void render(AnchoredHeading heading, HtmlWriter html) {
			String tag = "h" + heading.level;
			html.line();
			html.tag(tag, Map.of("id", heading.id));
			if (!heading.number.isEmpty()) {
				html.tag("span", Map.of("class", "heading-number"));
				html.text(heading.number);
				html.tag("/span");
				html.raw(" ");
			}
			renderChildren(heading);
			html.raw(" ");
			Map<String, String> anchor = new LinkedHashMap<>();
			anchor.put("href", "#" + heading.id);
			anchor.put("class", "heading-anchor");
			anchor.put("aria-label", heading.words.word("heading.link", heading.numberedText()));
			html.tag("a", anchor);
			html.text("#");
			html.tag("/a");
			html.tag("/" + tag);
			html.line();
		}
	}
}
