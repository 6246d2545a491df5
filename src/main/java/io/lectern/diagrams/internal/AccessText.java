package io.lectern.diagrams.internal;

import io.lectern.diagrams.AccessNode;
import io.lectern.diagrams.AccessScenario;
import io.lectern.diagrams.DiagramWords;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** An access drawing in words: for each principal, the route to each service it reaches, and what it cannot reach. */
final class AccessText {

	private AccessText() {
	}

	static String description(AccessScenario scenario, DiagramWords words) {
		return scenario.principals().stream().map(principal -> {
			Map<String, List<AccessScenario.Route>> reach = scenario.reach(principal);
			String reached = reach.values().stream()
				.filter(routes -> !routes.isEmpty())
				.map(routes -> words.word("diagram.access.route", routes.get(0).service().name(), routes.get(0).allowed(),
						words.list(routes.get(0).through().stream().map(AccessNode::name).toList())))
				.collect(Collectors.joining("; "));
			String denied = scenario.unreachable(principal).stream().map(AccessNode::name).collect(Collectors.joining(", "));
			String reaches = reached.isEmpty() ? words.word("diagram.access.nothing") : reached;
			return denied.isEmpty() ? words.word("diagram.access.reaches", principal.name(), principal.kind(), reaches)
					: words.word("diagram.access.reachesNotAll", principal.name(), principal.kind(), reaches, denied);
		}).collect(Collectors.joining(" "));
	}
}
