package io.lectern.diagrams.internal;

import static io.lectern.diagrams.internal.SvgFrame.PAD;
import static io.lectern.diagrams.internal.SvgFrame.WIDTH;

import io.lectern.diagrams.DiagramWords;
import io.lectern.diagrams.Layer;
import io.lectern.diagrams.Owner;
import io.lectern.diagrams.Responsibility;
import io.lectern.diagrams.ResponsibilityModel;
import io.lectern.diagrams.ResponsibilityView;
import io.lectern.diagrams.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws a responsibility model as SVG: the layers stacked from the bottom up, one column per
 * service model, each cell coloured, patterned and labelled with its owner, and a dashed line
 * where security of the cloud gives way to security in the cloud. One model alone gets a wider
 * column with each layer's note beside it.
 */
public final class ResponsibilityDrawing {

	private static final double LABEL_WIDTH = 178;
	private static final double LABEL_WRAP = LABEL_WIDTH - 4;
	private static final double GRID_X = PAD + LABEL_WIDTH + 8;
	private static final double GAP = 8;
	private static final double FONT = 13;
	private static final double LINE = 15;
	private static final double ROW = 36;
	private static final double STRIP = 10;
	private static final double OWNER_COLUMN = 104;

	private final ResponsibilityModel model;
	private final ResponsibilityView view;
	private final List<ServiceModel> columns;
	private final List<Layer> topDown;
	private final double columnWidth;
	private final DiagramWords words;

	private ResponsibilityDrawing(ResponsibilityModel model, ResponsibilityView view, DiagramWords words) {
		this.model = model;
		this.words = words;
		this.view = view;
		this.columns = view.model().map(List::of).orElse(model.models());
		this.topDown = model.layersTopDown();
		double grid = WIDTH - PAD - GRID_X;
		this.columnWidth = view.comparesAll() ? (grid - GAP * (columns.size() - 1)) / columns.size() : OWNER_COLUMN;
	}

	/**
	 * @param id prefix of the drawing's element ids, unique in the page that shows it
	 * @param standaloneCss the stylesheet to embed when the SVG is served as a file of its own
	 */
	public static String svg(ResponsibilityModel model, ResponsibilityView view, String id, Optional<String> standaloneCss,
			DiagramWords words) {
		return new ResponsibilityDrawing(model, view, words).draw(id, standaloneCss);
	}

	private String draw(String id, Optional<String> standaloneCss) {
		List<List<List<String>>> serviceLines = columns.stream()
			.map(column -> ServiceLines.pack(column.services(), headerWidth(), FONT))
			.toList();
		int headerLines = serviceLines.stream().mapToInt(List::size).max().orElse(1);
		double headerTop = 50 + Legend.height(model, words) + 26;
		double gridTop = headerTop + 22 + headerLines * 16 + 4;
		List<Double> rowTops = rowTops(gridTop);
		double height = rowTops.get(rowTops.size() - 1) + PAD;
		Markup svg = new Markup();
		String title = ResponsibilityText.title(model, view, words);
		SvgFrame.open(svg, id, "diagram-responsibility", height, title, ResponsibilityText.description(model, view, words),
				standaloneCss);
		svg.element("text", title, "x", PAD, "y", 34.0, "class", "heading").newline();
		Legend.draw(svg, id, model, 50, words);
		for (int c = 0; c < columns.size(); c++) {
			column(svg, id, columns.get(c), columnX(c), headerTop, serviceLines.get(c), rowTops);
		}
		layerLabels(svg, rowTops);
		boundary(svg, rowTops);
		SvgFrame.close(svg);
		return svg.toString();
	}

	private double headerWidth() {
		return view.comparesAll() ? columnWidth - 8 : WIDTH - PAD - GRID_X;
	}

	private double columnX(int column) {
		return GRID_X + column * (columnWidth + GAP);
	}

	/** Rows are drawn top down, so the first row is the top layer; each fits its label and note. */
	private List<Double> rowTops(double gridTop) {
		List<Double> tops = new ArrayList<>();
		double y = gridTop;
		tops.add(y);
		for (Layer layer : topDown) {
			int lines = TextLines.wrapBold(layer.name(), LABEL_WRAP, FONT).size();
			if (!view.comparesAll()) {
				lines = Math.max(lines, noteLines(columns.get(0).responsibility(layer)).size());
			}
			y += Math.max(ROW, lines * LINE + 12);
			tops.add(y);
		}
		return tops;
	}

	private List<String> noteLines(Responsibility responsibility) {
		return TextLines.wrap(responsibility.note(), WIDTH - PAD - noteX(), FONT);
	}

	private double noteX() {
		return GRID_X + OWNER_COLUMN + 12;
	}

	private void column(Markup svg, String id, ServiceModel column, double x, double headerTop,
			List<List<String>> services, List<Double> rowTops) {
		boolean picked = view.service().isPresent() && column.service(view.service().get()).isPresent();
		svg.open("g", "class", picked ? "model picked" : "model", "data-model", column.id());
		if (picked && view.comparesAll()) {
			svg.empty("rect", "class", "pick", "x", x - 5, "y", headerTop - 22, "width", columnWidth + 10, "height",
					rowTops.get(rowTops.size() - 1) - headerTop + 27, "rx", 8.0);
		}
		svg.element("text", column.name(), "x", x, "y", headerTop, "class", "model-name");
		ServiceLines.draw(svg, services, x, headerTop + 20, view.service());
		List<Layer> layers = topDown;
		for (int r = 0; r < layers.size(); r++) {
			Responsibility responsibility = column.responsibility(layers.get(r));
			svg.open("g", "class", "cell-group", "data-layer", layers.get(r).id());
			cell(svg, id, responsibility.owner(), x, rowTops.get(r) + 2, rowTops.get(r + 1) - rowTops.get(r) - 4);
			if (!view.comparesAll()) {
				List<String> note = noteLines(responsibility);
				double middle = (rowTops.get(r) + rowTops.get(r + 1)) / 2;
				SvgFrame.text(svg, noteX(), middle + 4.5 - (note.size() - 1) * LINE / 2, note, LINE, "note", "start");
			}
			svg.close("g");
		}
		svg.close("g").newline();
	}

	private void cell(Markup svg, String id, Owner owner, double x, double y, double height) {
		svg.empty("rect", "class", "cell owner-" + owner.key(), "x", x, "y", y, "width", columnWidth, "height", height,
				"rx", 4.0);
		if (owner != Owner.AWS) {
			svg.empty("rect", "class", "strip", "x", x + 1, "y", y + 1, "width", STRIP, "height", height - 2, "fill",
					"url(#" + id + "-" + owner.key() + ")");
		}
		svg.element("text", words.word("diagram.owner." + owner.key()), "x", x + STRIP / 2 + columnWidth / 2, "y", y + height / 2 + 4.5, "class",
				"owner-label", "text-anchor", "middle");
	}

	private void layerLabels(Markup svg, List<Double> rowTops) {
		svg.open("g", "class", "layers");
		List<Layer> layers = topDown;
		for (int r = 0; r < layers.size(); r++) {
			List<String> lines = TextLines.wrapBold(layers.get(r).name(), LABEL_WRAP, FONT);
			double middle = (rowTops.get(r) + rowTops.get(r + 1)) / 2;
			SvgFrame.text(svg, PAD, middle + 4.5 - (lines.size() - 1) * LINE / 2, lines, LINE, "layer-name", "start");
		}
		svg.close("g").newline();
	}

	/** A stepped dashed line, in each column above the layers the provider secures on its own. */
	private void boundary(Markup svg, List<Double> rowTops) {
		StringBuilder path = new StringBuilder();
		int layers = model.layers().size();
		for (int c = 0; c < columns.size(); c++) {
			double y = rowTops.get(layers - model.providerLayers(columns.get(c)));
			double left = c == 0 ? GRID_X - 8 : columnX(c) - GAP / 2;
			double right = view.comparesAll() ? columnX(c) + columnWidth + (c == columns.size() - 1 ? 8 : GAP / 2)
					: WIDTH - PAD;
			path.append(c == 0 ? "M" : "L").append(Markup.format(left)).append(' ').append(Markup.format(y))
				.append(" L").append(Markup.format(right)).append(' ').append(Markup.format(y)).append(' ');
		}
		svg.empty("path", "class", "boundary", "d", path.toString().strip()).newline();
	}
}
