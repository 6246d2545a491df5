package io.lectern.diagrams.internal;

import java.util.Optional;

/**
 * The frame every drawn diagram shares: the root element with its accessible name and description,
 * the stylesheet when the SVG stands alone, and the fill patterns that back up colour.
 */
final class SvgFrame {

	/** About the width of a lesson's text column, so that text in the drawing stays the size of the page's. */
	static final double WIDTH = 720;
	static final double PAD = 16;

	private SvgFrame() {
	}

	/**
	 * Opens the {@code <svg>} element. Inside a lesson the page's stylesheet styles it; a standalone
	 * file carries the same rules in a {@code <style>} element and paints its own background.
	 *
	 * @param id prefix of every id in the drawing, unique within the page that embeds it
	 * @param kind the diagram's kind, a class for the stylesheet
	 */
	static void open(Markup svg, String id, String kind, double height, String title, String description,
			Optional<String> standaloneCss) {
		svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "diagram " + kind, "viewBox",
				"0 0 " + Markup.format(WIDTH) + " " + Markup.format(height), "width", WIDTH, "height", height, "role",
				"img", "aria-labelledby", id + "-title " + id + "-desc")
			.newline();
		svg.element("title", title, "id", id + "-title").newline();
		svg.element("desc", description, "id", id + "-desc").newline();
		standaloneCss.ifPresent(css -> {
			svg.open("style").raw(css).close("style").newline();
			svg.empty("rect", "class", "bg", "width", WIDTH, "height", height).newline();
		});
		patterns(svg, id);
	}

	/**
	 * Hatching for the customer's share and dots for a shared one (the provider's share stays
	 * plain), and the head of an arrow.
	 */
	private static void patterns(Markup svg, String id) {
		svg.open("defs");
		svg.open("pattern", "id", id + "-customer", "width", 6.0, "height", 6.0, "patternUnits", "userSpaceOnUse",
				"patternTransform", "rotate(45)");
		svg.empty("rect", "class", "owner-customer", "width", 6.0, "height", 6.0);
		svg.empty("line", "class", "mark-customer", "x1", 0.0, "y1", 0.0, "x2", 0.0, "y2", 6.0);
		svg.close("pattern");
		svg.open("pattern", "id", id + "-shared", "width", 6.0, "height", 6.0, "patternUnits", "userSpaceOnUse");
		svg.empty("rect", "class", "owner-shared", "width", 6.0, "height", 6.0);
		svg.empty("circle", "class", "mark-shared", "cx", 3.0, "cy", 3.0, "r", 1.3);
		svg.close("pattern");
		svg.open("marker", "id", id + "-arrow", "viewBox", "0 0 10 10", "refX", 9.0, "refY", 5.0, "markerWidth", 7.0,
				"markerHeight", 7.0, "orient", "auto");
		svg.empty("path", "class", "arrowhead", "d", "M0 0 L10 5 L0 10 z");
		svg.close("marker");
		svg.close("defs").newline();
	}

	/** Multi-line text: one {@code <tspan>} per line, the first on {@code y}. */
	static void text(Markup svg, double x, double y, java.util.List<String> lines, double lineHeight, String cssClass,
			String anchor) {
		svg.open("text", "x", x, "y", y, "class", cssClass, "text-anchor", anchor);
		for (int i = 0; i < lines.size(); i++) {
			svg.element("tspan", lines.get(i), "x", x, "dy", i == 0 ? 0.0 : lineHeight);
		}
		svg.close("text");
	}

	static void close(Markup svg) {
		svg.close("svg").newline();
	}
}
