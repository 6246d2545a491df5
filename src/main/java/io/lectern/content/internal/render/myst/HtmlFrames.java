package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.ContentWords;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;

/**
 * A frame written in a lesson's HTML ({@code <iframe src="...">}: an H5P quiz, a YouTube video, as
 * Jupyter Book pages embed them) becomes the card the {@code iframe} and {@code youtube} directives
 * make, after the HTML that held it. The portal allows no frames, and the lesson's sanitizing drops
 * the element; without the card, a reader saw nothing where the author put a quiz or a video.
 */
public final class HtmlFrames {

	private static final Pattern FRAME = Pattern.compile("<iframe\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

	private static final Pattern SOURCE = Pattern.compile("\\bsrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);

	private static final Pattern TITLE = Pattern.compile("\\btitle\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);

	private HtmlFrames() {
	}

	public static void link(Node document, ContentWords words) {
		List<HtmlBlock> blocks = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(HtmlBlock html) {
				blocks.add(html);
			}
		});
		for (HtmlBlock block : blocks) {
			Node after = block;
			Matcher frame = FRAME.matcher(block.getLiteral());
			while (frame.find()) {
				String source = attribute(SOURCE, frame.group(1));
				if (!source.startsWith("https://") && !source.startsWith("http://") && !source.startsWith("//")) {
					continue;
				}
				String url = source.startsWith("//") ? "https:" + source : source;
				String title = attribute(TITLE, frame.group(1));
				Node card = Embeds.youtubeWatchPage(url)
					.map(video -> Embeds.card(video, title.isBlank() ? words.word("embed.youtube") : title,
							words.word("embed.youtube.open")))
					.orElseGet(() -> Embeds.card(url, title.isBlank() ? words.word("embed.page") : title,
							words.word("embed.page.open")));
				after.insertAfter(card);
				after = card;
			}
		}
	}

	private static String attribute(Pattern attribute, String attributes) {
		Matcher found = attribute.matcher(attributes);
		if (!found.find()) {
			return "";
		}
		return (found.group(1) != null ? found.group(1) : found.group(2)).replace("&amp;", "&").strip();
	}
}
