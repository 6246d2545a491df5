package io.lectern.content.internal.render;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Rewrites link and image destinations through the resolver and drops unsafe ones outright, so
 * that the sanitizer is a second line of defence rather than the only one. An image that raw HTML
 * shows from the course's own files ({@code <img src="thumbnail.png">}) is resolved as a Markdown
 * image is, and reported when missing, as mystmd and Jupyter Book's {@code html_image} read it.
 */
public final class Destinations extends AbstractVisitor {

	private static final Pattern IMAGE_SOURCE = Pattern.compile("(<img\\b[^>]*?\\bsrc\\s*=\\s*)(?:\"([^\"]*)\"|'([^']*)')",
			Pattern.CASE_INSENSITIVE);

	/** How a notebook's output begins in the Markdown written from it ({@code NotebookOutputs}). */
	private static final String NOTEBOOK_OUTPUT = "<div class=\"notebook-output";

	private final LinkResolver links;
	private final int bodyLine;

	Destinations(LinkResolver links, int bodyLine) {
		this.links = links;
		this.bodyLine = bodyLine;
	}

	@Override
	public void visit(Link link) {
		visitChildren(link);
		Optional<String> target = UrlSchemes.isSafe(link.getDestination())
				? links.link(link.getDestination(), lineOf(link)) : Optional.empty();
		target.ifPresentOrElse(link::setDestination, () -> unwrap(link));
	}

	@Override
	public void visit(Image image) {
		Optional<String> source = UrlSchemes.isSafe(image.getDestination())
				? links.image(image.getDestination(), lineOf(image)) : Optional.empty();
		source.ifPresentOrElse(image::setDestination, () -> {
			image.insertBefore(new Text(HeadingAnchors.textOf(image)));
			image.unlink();
		});
	}

	@Override
	public void visit(HtmlBlock block) {
		// A notebook's saved HTML output is shown as Jupyter shows it, whatever it points at.
		if (!block.getLiteral().startsWith(NOTEBOOK_OUTPUT)) {
			block.setLiteral(localImages(block.getLiteral(), lineOf(block)));
		}
	}

	@Override
	public void visit(HtmlInline inline) {
		inline.setLiteral(localImages(inline.getLiteral(), lineOf(inline)));
	}

	/** Raw HTML with each image from the course's files at the address the portal serves it from. */
	private String localImages(String html, int line) {
		if (!html.toLowerCase(Locale.ROOT).contains("<img")) {
			return html;
		}
		Matcher image = IMAGE_SOURCE.matcher(html);
		StringBuilder out = new StringBuilder();
		while (image.find()) {
			String source = image.group(2) != null ? image.group(2) : image.group(3);
			boolean local = !source.isBlank() && !UrlSchemes.hasScheme(source) && !source.startsWith("//")
					&& !source.startsWith("#");
			Optional<String> served = local ? links.image(source.strip(), line) : Optional.empty();
			String replacement = served.map(url -> image.group(1) + "\"" + url.replace("\"", "%22") + "\"").orElse(image.group());
			image.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		image.appendTail(out);
		return out.toString();
	}

	private int lineOf(Node node) {
		return LessonLine.of(node, bodyLine);
	}

	/** Leaves a link's text where the link was: for a link that leads nowhere. */
	public static void unwrap(Link link) {
		for (Node child = link.getFirstChild(); child != null;) {
			Node next = child.getNext();
			link.insertBefore(child);
			child = next;
		}
		link.unlink();
	}
}
