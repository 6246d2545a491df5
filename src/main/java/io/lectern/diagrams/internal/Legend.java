package io.lectern.diagrams.internal;

import static io.lectern.diagrams.internal.SvgFrame.PAD;

import io.lectern.diagrams.DiagramWords;
import io.lectern.diagrams.Owner;
import io.lectern.diagrams.ResponsibilityModel;
import java.util.List;

/** The key under the title: a swatch per owner, and what the dashed line means. */
final class Legend {

	private static final double SWATCH_ROW = 34;
	private static final double LINE = 15;

	private Legend() {
	}

	static void draw(Markup svg, String id, ResponsibilityModel model, double top, DiagramWords words) {
		svg.open("g", "class", "legend");
		double x = PAD;
		for (Owner owner : Owner.values()) {
			svg.empty("rect", "class", "cell owner-" + owner.key(), "x", x, "y", top, "width", 28.0, "height", 18.0,
					"rx", 3.0);
			if (owner != Owner.AWS) {
				svg.empty("rect", "class", "strip", "x", x + 1, "y", top + 1, "width", 12.0, "height", 16.0, "fill",
						"url(#" + id + "-" + owner.key() + ")");
			}
			String label = words.word("diagram.legend." + owner.key());
			svg.element("text", label, "x", x + 36, "y", top + 14, "class", "legend-label");
			x += 36 + TextLines.width(label, 13) + 26;
		}
		double lineY = top + SWATCH_ROW;
		svg.empty("path", "class", "boundary", "d", "M" + Markup.format(PAD) + " " + Markup.format(lineY) + " L"
				+ Markup.format(PAD + 28) + " " + Markup.format(lineY));
		SvgFrame.text(svg, PAD + 36, lineY + 4.5, boundaryLines(model, words), LINE, "legend-label", "start");
		svg.close("g").newline();
	}

	/** How far the legend reaches below its top, which depends on how its last sentence wraps. */
	static double height(ResponsibilityModel model, DiagramWords words) {
		return SWATCH_ROW + LINE * boundaryLines(model, words).size();
	}

	private static List<String> boundaryLines(ResponsibilityModel model, DiagramWords words) {
		return TextLines.wrap(words.word("diagram.legend.line", model.ofTheCloud(), model.inTheCloud()),
				SvgFrame.WIDTH - 2 * PAD - 36, 13);
	}
}
