package io.lectern.diagrams.internal;

import static io.lectern.diagrams.internal.SvgFrame.PAD;

import io.lectern.diagrams.Owner;
import io.lectern.diagrams.ResponsibilityModel;

/** The key under the title: a swatch per owner, and what the dashed line means. */
final class Legend {

	private Legend() {
	}

	static void draw(Markup svg, String id, ResponsibilityModel model, double top) {
		svg.open("g", "class", "legend");
		double x = PAD;
		for (Owner owner : Owner.values()) {
			svg.empty("rect", "class", "cell owner-" + owner.key(), "x", x, "y", top, "width", 28.0, "height", 18.0,
					"rx", 3.0);
			if (owner != Owner.AWS) {
				svg.empty("rect", "class", "strip", "x", x + 1, "y", top + 1, "width", 12.0, "height", 16.0, "fill",
						"url(#" + id + "-" + owner.key() + ")");
			}
			String label = owner == Owner.SHARED ? "Shared by both" : owner.label() + " secures it";
			svg.element("text", label, "x", x + 36, "y", top + 14, "class", "legend-label");
			x += 36 + TextLines.width(label, 13) + 26;
		}
		double lineY = top + 34;
		svg.empty("path", "class", "boundary", "d", "M" + Markup.format(PAD) + " " + Markup.format(lineY) + " L"
				+ Markup.format(PAD + 28) + " " + Markup.format(lineY));
		svg.element("text", "Below the line: " + model.ofTheCloud() + ". Above it: " + model.inTheCloud() + ".", "x",
				PAD + 36, "y", lineY + 4.5, "class", "legend-label");
		svg.close("g").newline();
	}
}
