package io.lectern.content.internal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.owasp.html.HtmlStreamEventProcessor;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Turns images on other sites into links to them, with their alt text showing: pages load nothing
 * from elsewhere (their Content Security Policy allows images from the portal only), yet readers
 * can still open the original. Inside a link, where another link may not go, only the text stays.
 * An image the portal keeps a copy of (fetched when the course loaded) shows from that copy instead.
 * Runs over the sanitizer's output, so it sees every image, whether Markdown or raw HTML made it.
 */
final class RemoteImages implements HtmlStreamEventProcessor {

	static final String CSS_CLASS = "remote-image";

	private final Function<String, Optional<String>> localCopy;
	private final ContentWords words;

	/** Every image from another site becomes a link. */
	RemoteImages() {
		this(source -> Optional.empty(), ContentWords.ENGLISH);
	}

	/**
	 * @param localCopy the portal's URL for its copy of an image, if it keeps one
	 * @param words what the link to an image not kept is called ("Image: ..."), in the course's language
	 */
	RemoteImages(Function<String, Optional<String>> localCopy, ContentWords words) {
		this.localCopy = localCopy;
		this.words = words;
	}

	static boolean isRemote(String url) {
		return UrlSchemes.schemeOf(url).map(scheme -> scheme.equals("http") || scheme.equals("https")).orElse(false)
				|| url.strip().startsWith("//");
	}

	@Override
	public HtmlStreamEventReceiver wrap(HtmlStreamEventReceiver sink) {
		return new HtmlStreamEventReceiver() {

			private int openLinks;

			@Override
			public void openDocument() {
				sink.openDocument();
			}

			@Override
			public void closeDocument() {
				sink.closeDocument();
			}

			@Override
			public void openTag(String element, List<String> attributes) {
				String src = attribute(attributes, "src");
				if (element.equals("img") && src != null && isRemote(src)) {
					Optional<String> copy = localCopy.apply(src);
					if (copy.isPresent()) {
						sink.openTag(element, withSource(attributes, copy.get()));
						return;
					}
					String alt = attribute(attributes, "alt");
					String label = words.word("image", alt == null || alt.isBlank() ? src : alt.strip());
					if (openLinks > 0) {
						sink.openTag("span", List.of("class", CSS_CLASS));
						sink.text(label);
						sink.closeTag("span");
					}
					else {
						sink.openTag("a", new ArrayList<>(List.of("href", src, "class", CSS_CLASS)));
						sink.text(label);
						sink.closeTag("a");
					}
					return;
				}
				if (element.equals("a")) {
					openLinks++;
				}
				sink.openTag(element, attributes);
			}

			@Override
			public void closeTag(String element) {
				if (element.equals("a") && openLinks > 0) {
					openLinks--;
				}
				sink.closeTag(element);
			}

			@Override
			public void text(String text) {
				sink.text(text);
			}
		};
	}

	private static List<String> withSource(List<String> attributes, String src) {
		List<String> changed = new ArrayList<>(attributes);
		for (int i = 0; i + 1 < changed.size(); i += 2) {
			if (changed.get(i).toLowerCase(Locale.ROOT).equals("src")) {
				changed.set(i + 1, src);
			}
		}
		return changed;
	}

	private static String attribute(List<String> attributes, String name) {
		for (int i = 0; i + 1 < attributes.size(); i += 2) {
			if (attributes.get(i).toLowerCase(Locale.ROOT).equals(name)) {
				return attributes.get(i + 1);
			}
		}
		return null;
	}
}
