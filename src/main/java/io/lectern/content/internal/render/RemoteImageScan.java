package io.lectern.content.internal.render;

import io.lectern.content.internal.render.myst.MystExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.owasp.html.HtmlSanitizer;

/**
 * Finds the images from other sites in a parsed lesson: Markdown images, and {@code <img src>} in
 * raw HTML read by the sanitizer's own lexer, so that it sees each source exactly as the sanitizer
 * will when the lesson renders (entities decoded, any case, any quoting).
 */
public final class RemoteImageScan {

	/** @param line the line of the lesson the image is written on, as the renderer counts it */
	public record Use(String url, int line) {
	}

	private RemoteImageScan() {
	}

	/**
	 * Whether a lesson may show a picture from another site, before it is parsed: some image syntax,
	 * and an address another site's would have ({@code http} or {@code //}). Most lessons show only
	 * their own pictures, and are not parsed again for this.
	 */
	static boolean mayShowImages(String markdown) {
		String lower = markdown.toLowerCase(Locale.ROOT);
		boolean images = markdown.contains("![") || markdown.contains("{figure}") || markdown.contains("{image}")
				|| lower.contains("<img");
		return images && (lower.contains("http") || markdown.contains("//"));
	}

	/**
	 * @param parser reads the bodies that directives keep as lines until they are expanded (a
	 *     backtick fence's), so that what they show is found too
	 */
	static List<Use> of(Node document, int bodyLine, Function<String, Node> parser) {
		List<Use> found = new ArrayList<>();
		scan(document, bodyLine, parser, found);
		return found;
	}

	private static void scan(Node document, int bodyLine, Function<String, Node> parser, List<Use> found) {
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(CustomBlock block) {
				MystExtension.writtenDirective(block).ifPresent(directive -> {
					directive.picture().filter(RemoteImages::isRemote)
						.ifPresent(url -> found.add(new Use(url, bodyLine + directive.line())));
					directive.unparsedBody().filter(RemoteImageScan::mayShowImages)
						.ifPresent(body -> scan(parser.apply(body), bodyLine + directive.bodyLine(), parser, found));
				});
				visitChildren(block);
			}

			@Override
			public void visit(Image image) {
				if (RemoteImages.isRemote(image.getDestination())) {
					found.add(new Use(image.getDestination(), lineOf(image)));
				}
				visitChildren(image);
			}

			@Override
			public void visit(HtmlBlock block) {
				html(block.getLiteral(), lineOf(block));
			}

			@Override
			public void visit(HtmlInline inline) {
				html(inline.getLiteral(), lineOf(inline));
			}

			private void html(String literal, int line) {
				if (literal.toLowerCase(Locale.ROOT).contains("<img")) {
					HtmlSanitizer.sanitize(literal, new ImageSources(source -> found.add(new Use(source, line))));
				}
			}

			private int lineOf(Node node) {
				return LessonLine.of(node, bodyLine);
			}
		});
	}

	/** Hears the lexer's tags and keeps the sources of images on other sites. */
	private static final class ImageSources implements HtmlSanitizer.Policy {

		private final Consumer<String> sources;

		ImageSources(Consumer<String> sources) {
			this.sources = sources;
		}

		@Override
		public void openTag(String element, List<String> attributes) {
			if (element.equals("img")) {
				for (int i = 0; i + 1 < attributes.size(); i += 2) {
					if (attributes.get(i).equals("src") && RemoteImages.isRemote(attributes.get(i + 1))) {
						sources.accept(attributes.get(i + 1));
					}
				}
			}
		}

		@Override
		public void closeTag(String element) {
		}

		@Override
		public void text(String text) {
		}

		@Override
		public void openDocument() {
		}

		@Override
		public void closeDocument() {
		}
	}
}
