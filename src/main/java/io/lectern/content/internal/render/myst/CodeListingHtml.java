package io.lectern.content.internal.render.myst;

import java.util.LinkedHashMap;
import java.util.Map;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes a listing as the renderer writes fenced code ({@code <pre><code class="language-x">}), so
 * the highlighter and the Copy button treat it alike. Line numbers and emphasized lines go in a
 * gutter beside the code element, never inside it: the highlighter rewrites the code element, and
 * Copy takes its text only.
 */
final class CodeListingHtml {

	private CodeListingHtml() {
	}

	static void write(CodeListing listing, HtmlWriter html) {
		String code = listing.getLiteral();
		boolean gutter = listing.lineNumbers || !listing.emphasized.isEmpty();
		html.line();
		html.tag("pre", gutter ? Map.of("class", "code-lines") : Map.of());
		if (gutter) {
			Map<String, String> gutterAttributes = new LinkedHashMap<>();
			gutterAttributes.put("class", listing.lineNumbers ? "line-gutter" : "line-gutter line-marks");
			gutterAttributes.put("aria-hidden", "true");
			html.tag("span", gutterAttributes);
			int lines = Math.max(1, (int) code.chars().filter(c -> c == '\n').count());
			for (int line = 1; line <= lines; line++) {
				html.tag("span", listing.emphasized.contains(line) ? Map.of("class", "emphasized") : Map.of());
				if (listing.lineNumbers) {
					html.text(String.valueOf(listing.firstLine + line - 1));
				}
				html.tag("/span");
			}
			html.tag("/span");
		}
		Map<String, String> attributes = new LinkedHashMap<>();
		if (!listing.getInfo().isEmpty()) {
			attributes.put("class", "language-" + listing.getInfo());
		}
		html.tag("code", attributes);
		html.text(code);
		html.tag("/code");
		html.tag("/pre");
		html.line();
	}
}
