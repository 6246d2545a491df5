package io.lectern.diagrams.internal;

import io.lectern.diagrams.Layer;
import io.lectern.diagrams.Responsibility;
import io.lectern.diagrams.ResponsibilityModel;
import io.lectern.diagrams.ResponsibilityView;
import io.lectern.diagrams.ServiceModel;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The facts of a responsibility drawing as an HTML table, for screen readers, printing and anyone
 * who prefers rows to pictures: a row per layer in the drawing's order, a column per model shown,
 * each cell its owner in words and the note, and a sentence for where the dashed line falls.
 */
public final class ResponsibilityTable {

	private ResponsibilityTable() {
	}

	public static String html(ResponsibilityModel model, ResponsibilityView view) {
		List<ServiceModel> columns = view.model().map(List::of).orElse(model.models());
		Markup html = new Markup();
		html.open("table", "class", "responsibility-table");
		html.element("caption", ResponsibilityText.title(model, view));
		html.open("thead").open("tr").element("th", "Layer", "scope", "col");
		for (ServiceModel column : columns) {
			html.open("th", "scope", "col").text(column.name());
			html.element("span", String.join(", ", column.services()), "class", "table-services");
			html.close("th");
		}
		html.close("tr").close("thead").newline().open("tbody");
		for (Layer layer : model.layersTopDown()) {
			html.open("tr").element("th", layer.name(), "scope", "row");
			for (ServiceModel column : columns) {
				Responsibility responsibility = column.responsibility(layer);
				html.open("td", "class", "owner-" + responsibility.owner().key())
					.element("strong", responsibility.owner().label())
					.text(": " + responsibility.note())
					.close("td");
			}
			html.close("tr").newline();
		}
		html.close("tbody").close("table").newline();
		html.element("p", boundary(model, columns), "class", "table-boundary");
		return html.toString();
	}

	/** Where the dashed line falls, in words: "AWS alone secures the bottom 4 layers under infrastructure...". */
	static String boundary(ResponsibilityModel model, List<ServiceModel> columns) {
		return model.ofTheCloud() + ": the bottom " + columns.stream()
			.map(column -> model.providerLayers(column) + " layers under " + column.name().toLowerCase(Locale.ROOT))
			.collect(Collectors.joining(", ")) + ". Everything above is " + model.inTheCloud().toLowerCase(Locale.ROOT) + ".";
	}
}
