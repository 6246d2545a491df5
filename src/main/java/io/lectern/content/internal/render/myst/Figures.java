package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.ContentWords;
import io.lectern.content.internal.render.HeadingAnchors;
import io.lectern.content.internal.render.Labelled;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Document;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * {@code figure} and {@code image}. The picture is an ordinary Markdown image underneath, so its
 * path is resolved, served and checked exactly as one. A figure's caption is the first paragraph of
 * its body and its legend the rest; figures are numbered. A figure with no picture of its own
 * gathers the pictures of its body as subfigures (see {@link Subfigures}).
 */
final class Figures {

	private static final Pattern LENGTH = Pattern.compile("(\\d{1,4})(?:\\.\\d+)?\\s*(px|%)?");

	private Figures() {
	}

	static void register(Map<String, DirectiveKind> kinds) {
		kinds.put("figure", Figures::figure);
		kinds.put("image", DirectiveKind.verbatim(Figures::image));
	}

	private static Node image(Directive directive, Expansion expansion) {
		Paragraph paragraph = new Paragraph();
		paragraph.appendChild(picture(directive, directive.option("alt")));
		return paragraph;
	}

	private static Node figure(Directive directive, Expansion expansion) {
		Document body = new Document();
		expansion.appendBody(body, directive);
		if (directive.argument.isBlank()) {
			return Subfigures.figure(directive, body, expansion.words);
		}
		Paragraph caption = body.getFirstChild() instanceof Paragraph first ? first : null;
		String captionText = caption == null ? "" : HeadingAnchors.textOf(caption).strip();
		String align = align(directive.option("align"));
		LabelledElement figure = new LabelledElement("figure", "figure" + (align.isEmpty() ? "" : " " + align),
				Labelled.Kind.FIGURE, directive.label(), true, captionText);
		figure.withClasses(directive.option("class")).withClasses(directive.option("figclass"));
		figure.numberedAs(directive);
		// A caption says what the picture shows; alt text of its own would only repeat it to a screen reader.
		figure.appendChild(picture(directive, directive.option("alt")));
		captionOf(figure, caption, body, expansion.words);
		return figure;
	}

	/**
	 * Gives a figure its caption ("Figure 2: " and the paragraph) and, under it, the legend: what is
	 * left of the body. Nothing when the figure has no caption.
	 */
	static void captionOf(LabelledElement figure, Paragraph caption, Document body, ContentWords words) {
		if (caption == null) {
			return;
		}
		caption.unlink();
		Element figcaption = new Element("figcaption", "");
		Paragraph line = new Paragraph();
		line.appendChild(new CaptionNumber(figure, CaptionNumber.Style.CAPTION, words));
		Expansion.moveChildren(caption, line);
		figcaption.appendChild(line);
		if (body.getFirstChild() != null) {
			Element legend = new Element("div", "legend");
			Expansion.moveChildren(body, legend);
			figcaption.appendChild(legend);
		}
		figure.appendChild(figcaption);
	}

	/** The image, in a link when the directive has a {@code :target:}. */
	static Node picture(Directive directive, String alt) {
		List<String> classes = new ArrayList<>();
		String width = pixels(directive.option("width"), classes);
		String height = pixels(directive.option("height"), new ArrayList<>());
		if (!directive.name.equals("figure")) {
			String align = align(directive.option("align"));
			if (!align.isEmpty()) {
				classes.add(align);
			}
			String extra = directive.option("class").replaceAll("[^A-Za-z0-9 _-]", "").strip();
			if (!extra.isEmpty()) {
				classes.add(extra);
			}
		}
		SizedImage image = new SizedImage(directive.argument.strip(), width, height, String.join(" ", classes));
		if (!alt.isEmpty()) {
			image.appendChild(new Text(alt));
		}
		String target = directive.option("target");
		if (target.isEmpty()) {
			return image;
		}
		Link link = new Link(target, null);
		link.appendChild(image);
		return link;
	}

	/** A width in pixels becomes the attribute; a percentage, a class (the page allows no inline style). */
	private static String pixels(String length, List<String> classes) {
		Matcher matcher = LENGTH.matcher(length.strip());
		if (!matcher.matches()) {
			return "";
		}
		if ("%".equals(matcher.group(2))) {
			int percent = Math.min(100, Math.max(10, Math.round(Integer.parseInt(matcher.group(1)) / 10f) * 10));
			classes.add("width-" + percent);
			return "";
		}
		return matcher.group(1);
	}

	static String align(String align) {
		return switch (align.toLowerCase(Locale.ROOT)) {
			case "left", "center", "right" -> "align-" + align.toLowerCase(Locale.ROOT);
			default -> "";
		};
	}
}
