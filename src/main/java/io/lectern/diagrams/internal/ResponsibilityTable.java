package io.lectern.diagrams.internal;

import io.lectern.diagrams.DiagramWords;
import io.lectern.diagrams.Layer;
import io.lectern.diagrams.Responsibility;
import io.lectern.diagrams.ResponsibilityModel;
import io.lectern.diagrams.ResponsibilityView;
import io.lectern.diagrams.ServiceModel;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The facts of a responsibility drawing as an HTML table, for screen readers, printing and anyone
 * who prefers rows to pictures: a row per layer in the drawing's order, a column per model shown,
 * each cell its owner in words and the note, and a sentence for where the dashed line falls.
 */
public final class ResponsibilityTable {

	private ResponsibilityTable() {
	}

	public static String html(ResponsibilityModel model, ResponsibilityView view, DiagramWords words) {
		List<ServiceModel> columns = view.model().map(List::of).orElse(model.models());
		Markup html = new Markup();
		html.open("table", "class", "responsibility-table");
		html.element("caption", ResponsibilityText.title(model, view, words));
		html.open("thead").open("tr").element("th", words.word("diagram.table.layer"), "scope", "col");
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
					.element("strong", words.word("diagram.owner." + responsibility.owner().key()))
					.text(": " + responsibility.note())
					.close("td");
			}
			html.close("tr").newline();
		}
		html.close("tbody").close("table").newline();
		html.element("p", boundary(model, columns, words), "class", "table-boundary");
		return html.toString();
	}

	/** Where the dashed line falls, in words: "AWS alone secures the bottom 4 layers under infrastructure...". */
	static String boundary(ResponsibilityModel model, List<ServiceModel> columns, DiagramWords words) {
		return words.word("diagram.table.boundary", model.ofTheCloud(), columns.stream()
			.map(column -> words.word("diagram.table.layersUnder", model.providerLayers(column), words.inSentence(column.name())))
			.collect(Collectors.joining(", ")), words.inSentence(model.inTheCloud()));
	}
}
