package io.lectern.diagrams.internal;

import static io.lectern.diagrams.internal.SvgFrame.PAD;
import static io.lectern.diagrams.internal.SvgFrame.WIDTH;

import io.lectern.diagrams.AccessLink;
import io.lectern.diagrams.AccessNode;
import io.lectern.diagrams.AccessScenario;
import io.lectern.diagrams.DiagramWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Draws an access scenario as four columns (principals, groups and roles, policies, services)
 * with an arrow for every membership, attachment and permission. Each principal's box ends with
 * the services it cannot reach, so what least privilege leaves out is as plain as what it grants.
 */
public final class AccessDrawing {

	private static final List<String> HEADINGS = List.of("who", "belongsTo", "hasPolicy", "mayReach");
	private static final double[] WIDTHS = { 160, 130, 140, 130 };
	private static final double TOP = 92;
	private static final double NODE_GAP = 16;
	private static final double NAME = 13;
	private static final double SMALL = 12;

	private final AccessScenario scenario;
	private final DiagramWords words;
	private final Map<String, Box> boxes = new HashMap<>();

	/** Where a node was drawn, for the arrows. */
	private record Box(double x, double y, double width, double height) {
	}

	private AccessDrawing(AccessScenario scenario, DiagramWords words) {
		this.scenario = scenario;
		this.words = words;
	}

	public static String svg(AccessScenario scenario, String id, Optional<String> standaloneCss, DiagramWords words) {
		return new AccessDrawing(scenario, words).draw(id, standaloneCss);
	}

	private String draw(String id, Optional<String> standaloneCss) {
		List<List<AccessNode>> columns = scenario.columns();
		double gap = (WIDTH - 2 * PAD - sum(WIDTHS)) / (columns.size() - 1);
		List<List<List<String>>> texts = new ArrayList<>();
		double[] columnX = new double[columns.size()];
		double[] used = new double[columns.size()];
		double tallest = 0;
		for (int c = 0; c < columns.size(); c++) {
			columnX[c] = c == 0 ? PAD : columnX[c - 1] + WIDTHS[c - 1] + gap;
			List<List<String>> column = new ArrayList<>();
			for (AccessNode node : columns.get(c)) {
				List<String> lines = lines(node, WIDTHS[c] - 16, c == 0);
				column.add(lines);
				used[c] += boxHeight(lines) + (column.size() > 1 ? NODE_GAP : 0);
			}
			texts.add(column);
			tallest = Math.max(tallest, used[c]);
		}
		// Each column is centred on the tallest, so arrows between short columns stay short.
		for (int c = 0; c < columns.size(); c++) {
			double y = TOP + (tallest - used[c]) / 2;
			for (int n = 0; n < columns.get(c).size(); n++) {
				double height = boxHeight(texts.get(c).get(n));
				boxes.put(columns.get(c).get(n).id(), new Box(columnX[c], y, WIDTHS[c], height));
				y += height + NODE_GAP;
			}
		}
		Markup svg = new Markup();
		SvgFrame.open(svg, id, "diagram-access", TOP + tallest + PAD, scenario.title(), AccessText.description(scenario, words),
				standaloneCss);
		svg.element("text", scenario.title(), "x", PAD, "y", 34.0, "class", "heading").newline();
		for (int c = 0; c < columns.size(); c++) {
			svg.element("text", words.word("diagram.access." + HEADINGS.get(c)), "x", columnX[c], "y", 72.0, "class", "column-heading");
		}
		svg.newline();
		for (AccessLink link : scenario.links()) {
			arrow(svg, id, link);
		}
		for (int c = 0; c < columns.size(); c++) {
			for (int n = 0; n < columns.get(c).size(); n++) {
				node(svg, columns.get(c).get(n), texts.get(c).get(n), c);
			}
		}
		SvgFrame.close(svg);
		return svg.toString();
	}

	/** The name, then (after a blank marker line) the kind, the note and, for principals, what stays out of reach. */
	private List<String> lines(AccessNode node, double width, boolean principal) {
		List<String> lines = new ArrayList<>(TextLines.wrapBold(node.name(), width, NAME));
		lines.add("");
		lines.add(node.kind());
		if (!node.note().isEmpty()) {
			lines.addAll(TextLines.wrap(node.note(), width, SMALL));
		}
		if (principal) {
			List<String> denied = scenario.unreachable(node).stream().map(AccessNode::name).toList();
			if (!denied.isEmpty()) {
				lines.addAll(TextLines.wrapBold("✕ " + words.word("diagram.access.denied", String.join(", ", denied)), width, SMALL));
			}
		}
		return lines;
	}

	private static double boxHeight(List<String> lines) {
		return 12 + (lines.size() - 1) * 15 + 6;
	}

	private void node(Markup svg, AccessNode node, List<String> lines, int column) {
		Box box = boxes.get(node.id());
		svg.open("g", "class", "node", "data-node", node.id());
		svg.empty("rect", "class", "node-box node-" + column, "x", box.x(), "y", box.y(), "width", box.width(), "height",
				box.height(), "rx", 6.0);
		double y = box.y() + 20;
		boolean name = true;
		for (String line : lines) {
			if (line.isEmpty()) {
				name = false;
				continue;
			}
			String type = name ? "node-name" : line.startsWith("✕") ? "denied" : "node-detail";
			svg.element("text", line, "x", box.x() + 8, "y", y, "class", type);
			y += 15;
		}
		svg.close("g").newline();
	}

	/** A curve from the right edge of one box to the left edge of the next, with its permission as a tooltip. */
	private void arrow(Markup svg, String id, AccessLink link) {
		Box from = boxes.get(link.from());
		Box to = boxes.get(link.to());
		double x1 = from.x() + from.width();
		double y1 = from.y() + from.height() / 2;
		double x2 = to.x() - 2;
		double y2 = to.y() + to.height() / 2;
		double bend = (x2 - x1) / 2;
		String d = "M" + Markup.format(x1) + " " + Markup.format(y1) + " C" + Markup.format(x1 + bend) + " "
				+ Markup.format(y1) + " " + Markup.format(x2 - bend) + " " + Markup.format(y2) + " " + Markup.format(x2)
				+ " " + Markup.format(y2);
		svg.open("path", "class", "edge", "d", d, "marker-end", "url(#" + id + "-arrow)", "data-from", link.from(),
				"data-to", link.to());
		if (!link.what().isEmpty()) {
			svg.element("title", link.what());
		}
		svg.close("path").newline();
	}

	private static double sum(double[] values) {
		double total = 0;
		for (double value : values) {
			total += value;
		}
		return total;
	}
}
