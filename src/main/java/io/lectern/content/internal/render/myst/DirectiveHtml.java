package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.HeadingAnchors;
import io.lectern.content.internal.render.Labelled;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** Writes the blocks directives become. Every text and attribute goes through the writer's escaping. */
final class DirectiveHtml implements NodeRenderer {

	private final HtmlNodeRendererContext context;
	private final HtmlWriter html;

	DirectiveHtml(HtmlNodeRendererContext context) {
		this.context = context;
		this.html = context.getWriter();
	}

	@Override
	public Set<Class<? extends Node>> getNodeTypes() {
		return Set.of(Element.class, LabelledElement.class, Solution.class, Subfigure.class, CaptionNumber.class,
				ExerciseReference.class, SectionTitle.class, SizedImage.class, CodeListing.class);
	}

	@Override
	public void render(Node node) {
		if (node instanceof Element element) {
			element(element);
		}
		else if (node instanceof CaptionNumber caption) {
			captionNumber(caption);
		}
		else if (node instanceof ExerciseReference reference) {
			exerciseReference(reference);
		}
		else if (node instanceof SectionTitle title) {
			html.line();
			html.tag("h" + title.level, Map.of("class", title.cssClass));
			children(title);
			html.tag("/h" + title.level);
			html.line();
		}
		else if (node instanceof SizedImage image) {
			image(image);
		}
		else if (node instanceof CodeListing listing) {
			CodeListingHtml.write(listing, html);
		}
	}

	private void element(Element element) {
		Map<String, String> attributes = new LinkedHashMap<>();
		if (element instanceof Labelled labelled && labelled.anchor() != null && !labelled.anchor().isEmpty()) {
			attributes.put("id", labelled.anchor());
		}
		attributes.putAll(element.attributes);
		boolean block = !element.tag.equals("span") && !element.tag.equals("a");
		if (block) {
			html.line();
		}
		html.tag(element.tag, attributes);
		children(element);
		html.tag("/" + element.tag);
		if (block) {
			html.line();
		}
	}

	private void captionNumber(CaptionNumber caption) {
		String number = caption.block.number();
		String word = caption.words.kind(caption.block.kind());
		String text = switch (caption.style) {
			case CAPTION -> number.isEmpty() ? "" : word + " " + number + ": ";
			case TITLE -> number.isEmpty() ? word : word + " " + number;
			case LETTER -> number.isEmpty() || !(caption.block instanceof Subfigure subfigure) ? ""
					: "(" + subfigure.letter + ") ";
		};
		if (!text.isEmpty()) {
			html.tag("span", Map.of("class", "caption-number"));
			html.text(text);
			html.tag("/span");
		}
	}

	/**
	 * The exercise a solution answers, named in the solution's {@code <summary>}: as text, since a
	 * link inside the control that folds the solution would be a control inside a control, which
	 * keyboards and screen readers cannot tell apart.
	 */
	private void exerciseReference(ExerciseReference reference) {
		html.text(ExerciseReference.name(reference.exercise, reference.words));
	}

	private void image(SizedImage image) {
		Map<String, String> attributes = new LinkedHashMap<>();
		attributes.put("src", context.encodeUrl(image.getDestination()));
		attributes.put("alt", HeadingAnchors.textOf(image));
		if (!image.width.isEmpty()) {
			attributes.put("width", image.width);
		}
		if (!image.height.isEmpty()) {
			attributes.put("height", image.height);
		}
		if (!image.cssClass.isEmpty()) {
			attributes.put("class", image.cssClass);
		}
		html.tag("img", attributes, true);
	}

	private void children(Node parent) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
			context.render(child);
		}
	}
}
