package io.lectern.diagrams.internal;

import io.lectern.diagrams.AccessNode;
import io.lectern.diagrams.AccessScenario;
import io.lectern.diagrams.DiagramWords;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An access drawing's facts as a table: a row per principal, a column per service, and in each
 * cell either what the principal may do there and through which group and policy, or "No access".
 */
public final class AccessTable {

	private AccessTable() {
	}

	public static String html(AccessScenario scenario, DiagramWords words) {
		Markup html = new Markup();
		html.open("table", "class", "access-table");
		html.element("caption", scenario.title());
		html.open("thead").open("tr").element("th", words.word("diagram.access.who"), "scope", "col");
		scenario.services().forEach(service -> html.element("th", service.name(), "scope", "col"));
		html.close("tr").close("thead").newline().open("tbody");
		for (AccessNode principal : scenario.principals()) {
			html.open("tr").open("th", "scope", "row").text(principal.name())
				.element("span", principal.kind(), "class", "table-services")
				.close("th");
			Map<String, List<AccessScenario.Route>> reach = scenario.reach(principal);
			for (AccessNode service : scenario.services()) {
				List<AccessScenario.Route> routes = reach.get(service.id());
				if (routes.isEmpty()) {
					html.open("td", "class", "access-denied").element("strong", words.word("diagram.access.none")).close("td");
					continue;
				}
				html.open("td", "class", "access-allowed").element("strong", words.word("diagram.access.allowed")).text(": " + routes.stream()
					.map(route -> words.word("diagram.access.through", route.allowed(), route.through().stream().map(AccessNode::name)
						.collect(Collectors.joining(", "))))
					.collect(Collectors.joining("; ")));
				html.close("td");
			}
			html.close("tr").newline();
		}
		return html.close("tbody").close("table").newline().toString();
	}
}
