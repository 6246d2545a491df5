package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.ContentWords;
import io.lectern.content.internal.render.HeadingAnchors;
import io.lectern.content.internal.render.Labelled;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * mystmd's subfigures: a {@code figure} with no argument whose body holds images. Each image becomes
 * a subfigure with its alt text as its caption, "(a) Banff", numbered 1a, 1b after the figure; the
 * first paragraph that is not only images is the figure's caption and the rest its legend, as for
 * a figure of one picture. The images stay ordinary Markdown images, so their paths are resolved,
 * served and checked as any.
 */
final class Subfigures {

	private Subfigures() {
	}

	static Node figure(Directive directive, Document body, ContentWords words) {
		List<Node> blocks = new ArrayList<>();
		for (Node child = body.getFirstChild(); child != null; child = child.getNext()) {
			blocks.add(child);
		}
		Paragraph caption = (Paragraph) blocks.stream()
			.filter(block -> block instanceof Paragraph paragraph && !onlyImages(paragraph))
			.findFirst()
			.orElse(null);
		String align = Figures.align(directive.option("align"));
		LabelledElement figure = new LabelledElement("figure", "figure subfigures" + (align.isEmpty() ? "" : " " + align),
				Labelled.Kind.FIGURE, directive.label(), true, caption == null ? "" : HeadingAnchors.textOf(caption).strip());
		figure.withClasses(directive.option("class")).withClasses(directive.option("figclass"));
		Element pictures = new Element("div", "subfigure-row");
		int count = 0;
		for (Node block : blocks) {
			if (block instanceof Paragraph paragraph && onlyImages(paragraph)) {
				for (Image image : images(paragraph)) {
					pictures.appendChild(subfigure(figure, Subfigure.letter(count++), image, words));
				}
				block.unlink();
			}
			else if (block instanceof LabelLine line && line.getNext() instanceof Paragraph next && onlyImages(next)) {
				// "(fruit)=" before a picture names that picture: it goes where the picture goes.
				line.unlink();
				pictures.appendChild(line);
			}
		}
		figure.appendChild(pictures);
		Figures.captionOf(figure, caption, body, words);
		return figure;
	}

	private static Subfigure subfigure(LabelledElement figure, String letter, Image image, ContentWords words) {
		String alt = HeadingAnchors.textOf(image).strip();
		Subfigure subfigure = new Subfigure(figure, letter, alt);
		image.unlink();
		Paragraph picture = new Paragraph();
		picture.appendChild(image);
		subfigure.appendChild(picture);
		Element figcaption = new Element("figcaption", "");
		figcaption.appendChild(new CaptionNumber(subfigure, CaptionNumber.Style.LETTER, words));
		figcaption.appendChild(new Text(alt));
		subfigure.appendChild(figcaption);
		return subfigure;
	}

	/** Whether a paragraph holds images and nothing else but the line breaks between them. */
	private static boolean onlyImages(Paragraph paragraph) {
		boolean any = false;
		for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof Image) {
				any = true;
			}
			else if (!(child instanceof SoftLineBreak || child instanceof HardLineBreak
					|| child instanceof Text text && text.getLiteral().isBlank())) {
				return false;
			}
		}
		return any;
	}

	private static List<Image> images(Paragraph paragraph) {
		List<Image> images = new ArrayList<>();
		for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof Image image) {
				images.add(image);
			}
		}
		return images;
	}
}
