package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.ContentWords;
import io.lectern.content.internal.render.HeadingAnchors;
import io.lectern.content.internal.render.Labelled;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * mystmd's subfigures: a {@code figure} with no argument whose body holds images or figures. Each
 * image becomes a subfigure with its alt text as its caption, "(a) Banff", and each figure written
 * inside it a subfigure keeping its own label, picture, caption and legend, "(b) The bridge"; both
 * are numbered 1a, 1b after the figure, in the order they are written. The first paragraph that is
 * not only images is the figure's caption and the rest its legend, as for a figure of one picture.
 * The images stay ordinary Markdown images, so their paths are resolved, served and checked as any.
 * As in mystmd, only a figure of several pictures has subfigures: one whose body holds a single
 * image and no figure is a figure of that image, with its alt text, caption and legend, unlettered.
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
		List<Image> images = blocks.stream()
			.filter(block -> block instanceof Paragraph paragraph && onlyImages(paragraph))
			.flatMap(block -> images((Paragraph) block).stream())
			.toList();
		boolean single = images.size() == 1 && blocks.stream().noneMatch(Subfigures::isFigure);
		String align = Figures.align(directive.option("align"));
		LabelledElement figure = new LabelledElement("figure", (single ? "figure" : "figure subfigures")
				+ (align.isEmpty() ? "" : " " + align), Labelled.Kind.FIGURE, directive.label(), true,
				caption == null ? "" : HeadingAnchors.textOf(caption).strip());
		figure.withClasses(directive.option("class")).withClasses(directive.option("figclass"));
		figure.numberedAs(directive);
		if (single) {
			Node paragraph = images.get(0).getParent();
			figure.appendChild(images.get(0));
			paragraph.unlink();
			Figures.captionOf(figure, caption, body, words);
			return figure;
		}
		Element pictures = new Element("div", "subfigure-row");
		int count = 0;
		for (Node block : blocks) {
			if (block instanceof Paragraph paragraph && onlyImages(paragraph)) {
				for (Image image : images(paragraph)) {
					pictures.appendChild(subfigure(figure, Subfigure.letter(count++), image, words));
				}
				block.unlink();
			}
			else if (isFigure(block)) {
				pictures.appendChild(nested(figure, Subfigure.letter(count++), (LabelledElement) block, words));
			}
			else if (block instanceof LabelLine line
					&& (line.getNext() instanceof Paragraph next && onlyImages(next) || isFigure(line.getNext()))) {
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
		Subfigure subfigure = new Subfigure(figure, letter, alt, Optional.empty());
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

	/**
	 * A figure written inside the figure, as mystmd nests it: its picture, caption and legend move
	 * into a subfigure under its own label, and its caption opens with the letter instead of
	 * "Figure 2: " (a figure without a caption shows only the letter).
	 */
	private static Subfigure nested(LabelledElement figure, String letter, LabelledElement inner, ContentWords words) {
		Subfigure subfigure = new Subfigure(figure, letter, inner.title(), inner.label());
		Expansion.moveChildren(inner, subfigure);
		inner.unlink();
		CaptionNumber letterNumber = new CaptionNumber(subfigure, CaptionNumber.Style.LETTER, words);
		Node figcaption = subfigure.getLastChild();
		if (figcaption instanceof Element element && element.tag.equals("figcaption")
				&& element.getFirstChild() instanceof Paragraph line && line.getFirstChild() instanceof CaptionNumber number) {
			number.insertBefore(letterNumber);
			number.unlink();
		}
		else {
			Element caption = new Element("figcaption", "");
			caption.appendChild(letterNumber);
			subfigure.appendChild(caption);
		}
		return subfigure;
	}

	/** A figure of one picture (not one of several, whose pictures are already its own subfigures). */
	private static boolean isFigure(Node block) {
		return block instanceof LabelledElement element && element.kind() == Labelled.Kind.FIGURE
				&& element.tag.equals("figure") && !element.attributes.getOrDefault("class", "").contains("subfigures");
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
