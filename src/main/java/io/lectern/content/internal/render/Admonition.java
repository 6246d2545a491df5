package io.lectern.content.internal.render;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A call-out box. GitHub writes one as a block quote whose first line is {@code [!NOTE]},
 * {@code [!TIP]}, {@code [!IMPORTANT]}, {@code [!WARNING]} or {@code [!CAUTION]}; MyST's admonition
 * directives make the same box, with more kinds, a title of the author's and folding.
 */
public final class Admonition extends CustomBlock {

	private static final Pattern MARKER = Pattern.compile("^\\s*\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]\\s*$",
			Pattern.CASE_INSENSITIVE);

	/** Whether the box folds into a {@code <details>}, and then whether it starts open. */
	public enum Fold {
		NONE, CLOSED, OPEN
	}

	final String kind;
	private final String defaultTitle;
	private final String classes;
	private final Fold fold;

	/**
	 * @param kind the box's look: note, tip, warning...
	 * @param defaultTitle the title shown unless the first child is a {@link Title}
	 * @param classes more class names, already checked to be safe
	 */
	public Admonition(String kind, String defaultTitle, String classes, Fold fold) {
		this.kind = kind;
		this.defaultTitle = defaultTitle;
		this.classes = classes;
		this.fold = fold;
	}

	private Admonition(String kind, ContentWords words) {
		this(kind, words.admonition(kind), "", Fold.NONE);
	}

	/** A title the author wrote, as Markdown inlines; when present it is the admonition's first child. */
	public static final class Title extends CustomBlock {
	}

	/** Replaces every marked block quote in {@code document} with an admonition. */
	static void transform(Node document, ContentWords words) {
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(BlockQuote quote) {
				visitChildren(quote);
				if (quote.getFirstChild() instanceof Paragraph paragraph) {
					convert(quote, paragraph, words);
				}
			}
		});
	}

	private static void convert(BlockQuote quote, Paragraph first, ContentWords words) {
		// The marker may be split over several text nodes ("[", "!NOTE", "]"), so read up to the first line break.
		StringBuilder line = new StringBuilder();
		Node end = first.getFirstChild();
		while (end instanceof Text text) {
			line.append(text.getLiteral());
			end = end.getNext();
		}
		Matcher matcher = MARKER.matcher(line);
		if (!matcher.matches() || !(end == null || end instanceof SoftLineBreak || end instanceof HardLineBreak)) {
			return;
		}
		Node stop = end == null ? null : end.getNext();
		for (Node node = first.getFirstChild(); node != stop;) {
			Node next = node.getNext();
			node.unlink();
			node = next;
		}
		if (first.getFirstChild() == null) {
			first.unlink();
		}
		Admonition admonition = new Admonition(matcher.group(1).toLowerCase(Locale.ROOT), words);
		BlockRenderer.moveChildren(quote, admonition);
		quote.insertAfter(admonition);
		quote.unlink();
	}

	/** Renders an admonition as a labelled box; the label carries the meaning, not only the colour. */
	static final class Renderer extends BlockRenderer<Admonition> {

		Renderer(HtmlNodeRendererContext context) {
			super(context, Admonition.class);
		}

		@Override
		protected void render(Admonition admonition, HtmlWriter html) {
			html.line();
			boolean folds = admonition.fold != Fold.NONE;
			String tag = folds ? "details" : "div";
			Map<String, String> attributes = new LinkedHashMap<>();
			attributes.put("class", "admonition admonition-" + admonition.kind + (folds ? " dropdown" : "")
					+ (admonition.classes.isEmpty() ? "" : " " + admonition.classes));
			if (admonition.fold == Fold.OPEN) {
				attributes.put("open", "");
			}
			else if (!folds) {
				attributes.put("role", "note");
			}
			html.tag(tag, attributes);
			Node first = admonition.getFirstChild();
			boolean written = first instanceof Title;
			if (written || !admonition.defaultTitle.isEmpty() || folds) {
				String titleTag = folds ? "summary" : "p";
				html.tag(titleTag, Map.of("class", "admonition-title"));
				if (written) {
					renderChildren(first);
				}
				else {
					html.text(admonition.defaultTitle);
				}
				html.tag("/" + titleTag);
			}
			for (Node child = written ? first.getNext() : first; child != null; child = child.getNext()) {
				renderNode(child);
			}
			html.tag("/" + tag);
			html.line();
		}
	}
}
