package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.LinkResolver;
import io.lectern.content.internal.render.UrlSchemes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * MyST's references written as links: {@code [](#label)}, {@code [text](#label)},
 * {@code <project:#label>} and {@code [text](project:#label)} wait for the course's labels, and a
 * link with no text to another lesson ({@code [](other.md)}, {@code <project:other.md>}) shows that
 * lesson's title. Other links are left to the renderer, as before.
 */
final class LinkReferences {

	private static final String PROJECT = "project:";

	private LinkReferences() {
	}

	static void apply(Node document, LinkResolver links, int bodyLine) {
		List<Link> found = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Link link) {
				found.add(link);
				visitChildren(link);
			}
		});
		for (Link link : found) {
			String destination = link.getDestination();
			if (destination.startsWith(PROJECT)) {
				boolean autolink = isOnlyText(link, destination);
				destination = destination.substring(PROJECT.length());
				link.setDestination(destination);
				if (autolink) {
					removeChildren(link);
				}
			}
			if (destination.startsWith("#") && destination.length() > 1) {
				replace(link, new CrossReference(CrossReference.Form.LINK, destination.substring(1)));
			}
			else if (link.getFirstChild() == null && isPath(destination)) {
				int line = link.getSourceSpans().isEmpty() ? bodyLine : bodyLine + link.getSourceSpans().get(0).getLineIndex();
				Optional<String> url = links.link(destination, line);
				if (url.isPresent()) {
					replace(link, new CrossReference(CrossReference.Form.DOC, url.get()));
				}
				else {
					link.insertBefore(new Text(destination));
					link.unlink();
				}
			}
		}
	}

	private static boolean isPath(String destination) {
		return !destination.isEmpty() && !destination.startsWith("#") && !UrlSchemes.hasScheme(destination);
	}

	private static boolean isOnlyText(Link link, String text) {
		return link.getFirstChild() instanceof Text only && only.getNext() == null && only.getLiteral().equals(text);
	}

	private static void replace(Link link, CrossReference reference) {
		reference.setSourceSpans(link.getSourceSpans());
		for (Node child = link.getFirstChild(); child != null;) {
			Node next = child.getNext();
			reference.appendChild(child);
			child = next;
		}
		link.insertBefore(reference);
		link.unlink();
	}

	private static void removeChildren(Node node) {
		while (node.getFirstChild() != null) {
			node.getFirstChild().unlink();
		}
	}
}
