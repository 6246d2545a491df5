package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.UrlSchemes;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Document;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * {@code iframe}, {@code youtube} and {@code video}. The portal loads nothing from other sites and
 * allows no frames, so a page from elsewhere becomes a card with its title and a link that opens it
 * there; a video file of the course plays in a {@code <video>} served like an image.
 */
final class Embeds {

	private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{6,20}");

	private static final Pattern YOUTUBE_EMBED = Pattern
		.compile("^(?:https?:)?//(?:www\\.)?youtube(?:-nocookie)?\\.com/embed/([A-Za-z0-9_-]{6,20})");

	private Embeds() {
	}

	static void register(Map<String, DirectiveKind> kinds) {
		kinds.put("iframe", (directive, expansion) -> card(directive, expansion, directive.argument.strip(),
				expansion.words.word("embed.page"), expansion.words.word("embed.page.open")));
		kinds.put("youtube", Embeds::youtube);
		kinds.put("embed", Embeds::embed);
		kinds.put("video", Embeds::video);
	}

	/**
	 * mystmd's {@code embed}, which copies a labelled block (a figure, an equation, a cell's output)
	 * from anywhere in the project: a paragraph linking to it, read as its number or title.
	 */
	private static Node embed(Directive directive, Expansion expansion) {
		String label = directive.argument.strip();
		label = label.startsWith("#") ? label.substring(1) : label;
		if (label.isEmpty()) {
			return null;
		}
		Paragraph paragraph = new Paragraph();
		paragraph.appendChild(new CrossReference(CrossReference.Form.LINK, label));
		return paragraph;
	}

	private static Node youtube(Directive directive, Expansion expansion) {
		String id = directive.argument.strip();
		String url = YOUTUBE_ID.matcher(id).matches() ? "https://www.youtube.com/watch?v=" + id : id;
		return card(directive, expansion, url, expansion.words.word("embed.youtube"),
				expansion.words.word("embed.youtube.open"));
	}

	private static Node video(Directive directive, Expansion expansion) {
		String source = directive.argument.strip();
		if (UrlSchemes.hasScheme(source) || source.startsWith("//")) {
			return card(directive, expansion, source, expansion.words.word("embed.video"),
					expansion.words.word("embed.video.open"));
		}
		Optional<String> served = expansion.links.image(source, expansion.lineOf(directive.line()));
		if (served.isEmpty()) {
			return null;
		}
		Element figure = new Element("figure", "video").withClasses(directive.option("class"));
		Element video = new Element("video", "").with("controls", "").with("preload", "metadata").with("src", served.get());
		Paragraph fallback = new Paragraph();
		Link download = new Link(served.get(), null);
		download.appendChild(new Text(expansion.words.word("embed.video.download")));
		fallback.appendChild(download);
		video.appendChild(fallback);
		figure.appendChild(video);
		Document caption = new Document();
		expansion.appendBody(caption, directive);
		String title = directive.option("title");
		if (!title.isEmpty() || caption.getFirstChild() != null) {
			Element figcaption = new Element("figcaption", "");
			if (!title.isEmpty()) {
				Paragraph line = new Paragraph();
				line.appendChild(new Text(title));
				figcaption.appendChild(line);
			}
			Expansion.moveChildren(caption, figcaption);
			figure.appendChild(figcaption);
		}
		return figure;
	}

	/**
	 * A card standing for something shown elsewhere: its title ({@code :title:}, else the body's
	 * first paragraph, else {@code fallbackTitle}), the rest of the body, and a link to the site.
	 */
	private static Node card(Directive directive, Expansion expansion, String url, String fallbackTitle, String action) {
		Element card = new Element("div", "embed-card").withClasses(directive.option("class"));
		Document body = new Document();
		expansion.appendBody(body, directive);
		Element title = new Element("p", "embed-title");
		String given = directive.option("title");
		if (!given.isEmpty()) {
			title.appendChild(new Text(given));
		}
		else if (body.getFirstChild() instanceof Paragraph first) {
			Expansion.moveChildren(first, title);
			first.unlink();
		}
		else {
			title.appendChild(new Text(fallbackTitle));
		}
		card.appendChild(title);
		Expansion.moveChildren(body, card);
		card.appendChild(openLink(url, action));
		return card;
	}

	/** The same card for a frame written in HTML, which the lesson's sanitizing leaves out: its title and a link. */
	static Node card(String url, String title, String action) {
		Element card = new Element("div", "embed-card");
		Element heading = new Element("p", "embed-title");
		heading.appendChild(new Text(title));
		card.appendChild(heading);
		card.appendChild(openLink(url, action));
		return card;
	}

	/** {@code youtube.com/embed/ID}, the address a frame shows a video at, as the page that plays it. */
	static Optional<String> youtubeWatchPage(String url) {
		Matcher embedded = YOUTUBE_EMBED.matcher(url);
		return embedded.find() ? Optional.of("https://www.youtube.com/watch?v=" + embedded.group(1)) : Optional.empty();
	}

	private static Element openLink(String url, String action) {
		Paragraph open = new Paragraph();
		Link link = new Link(url, null);
		link.appendChild(new Text(action + site(url)));
		open.appendChild(link);
		Element wrapper = new Element("div", "embed-link");
		wrapper.appendChild(open);
		return wrapper;
	}

	private static String site(String url) {
		try {
			String host = URI.create(url.strip()).getHost();
			return host == null ? "" : " (" + host.replaceFirst("^www\\.", "") + ")";
		}
		catch (IllegalArgumentException notAUri) {
			return "";
		}
	}
}
