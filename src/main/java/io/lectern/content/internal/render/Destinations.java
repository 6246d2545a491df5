package io.lectern.content.internal.render;

import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Rewrites link and image destinations through the resolver and drops unsafe ones outright, so
 * that the sanitizer is a second line of defence rather than the only one.
 */
public final class Destinations extends AbstractVisitor {

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
