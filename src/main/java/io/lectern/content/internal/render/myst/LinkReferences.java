package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.Destinations;
import io.lectern.content.internal.render.LessonLine;
import io.lectern.content.internal.render.LinkResolver;
import io.lectern.content.internal.render.UrlSchemes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * MyST's references written as links: {@code [](#label)}, {@code [text](#label)},
 * {@code <project:#label>} and {@code [text](project:#label)} wait for the course's labels, and a
 * link with no text to another lesson ({@code [](other.md)}, {@code <project:other.md>}) shows that
 * lesson's title. A bare name that is no file of the course ({@code [the exercise](ex-2)}) is a
 * label too, as MyST-Parser and mystmd read it. A link to another site with no text reads as its
 * address. Other links are left to the renderer, as before.
 */
final class LinkReferences {

	private static final String PROJECT = "project:";
	private static final String MAILTO = "mailto:";
	private static final String XREF = "xref:";
	/** A name with no folder, scheme or file extension: {@code ex-2}, {@code exercise1.1}, but not {@code notes.pdf}. */
	private static final Pattern BARE_NAME = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]*(?<!\\.\\p{L}[\\p{L}\\p{N}]{0,5})");

	private LinkReferences() {
	}

	static void apply(Node document, LinkResolver links, int bodyLine) {
		List<Link> found = new ArrayList<>();
		List<Image> embeds = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Link link) {
				found.add(link);
				visitChildren(link);
			}

			@Override
			public void visit(Image image) {
				if (image.getDestination().startsWith("#") && image.getDestination().length() > 1) {
					embeds.add(image);
				}
				visitChildren(image);
			}
		});
		for (Image image : embeds) {
			// mystmd's embed, ![](#label), copies the labelled block here; Lectern links to it instead,
			// read as the block's number or title, or as the image's alt text when it has one.
			CrossReference reference = new CrossReference(CrossReference.Form.LINK, image.getDestination().substring(1));
			reference.setSourceSpans(image.getSourceSpans());
			Expansion.moveChildren(image, reference);
			image.insertBefore(reference);
			image.unlink();
		}
		for (Link link : found) {
			String destination = link.getDestination();
			if (destination.startsWith(XREF)) {
				otherSite(link, links.link(destination, LessonLine.of(link, bodyLine)));
				continue;
			}
			Optional<ExternalLinks> external = ExternalLinks.of(destination);
			if (external.isPresent()) {
				boolean autolink = isOnlyText(link, destination);
				link.setDestination(external.get().url());
				if (autolink || link.getFirstChild() == null) {
					removeChildren(link);
					link.appendChild(new Text(external.get().text()));
				}
				continue;
			}
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
			else if (BARE_NAME.matcher(destination).matches() && !links.isFile(destination)) {
				replace(link, new CrossReference(CrossReference.Form.LINK, destination));
			}
			else if (link.getFirstChild() == null && isPath(destination)) {
				int line = LessonLine.of(link, bodyLine);
				Optional<String> url = links.link(destination, line);
				if (url.isPresent()) {
					replace(link, new CrossReference(CrossReference.Form.DOC, url.get()));
				}
				else {
					link.insertBefore(new Text(destination));
					link.unlink();
				}
			}
			else if (link.getFirstChild() == null && UrlSchemes.hasScheme(destination)) {
				// [](https://...) reads as its address, as in mystmd: an empty link shows nothing to click.
				link.appendChild(new Text(destination.startsWith(MAILTO) ? destination.substring(MAILTO.length()) : destination));
			}
		}
	}

	/**
	 * mystmd's {@code xref:} link into another MyST site the project names: a link to the page's
	 * address there, read as that address when the author gave no text; else the text alone.
	 */
	private static void otherSite(Link link, Optional<String> address) {
		boolean noText = link.getFirstChild() == null || isOnlyText(link, link.getDestination());
		if (address.isPresent()) {
			link.setDestination(address.get());
			if (noText) {
				removeChildren(link);
				link.appendChild(new Text(address.get()));
			}
			return;
		}
		if (noText) {
			removeChildren(link);
			link.appendChild(new Text(link.getDestination().substring(XREF.length())));
		}
		Destinations.unwrap(link);
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
