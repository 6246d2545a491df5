package io.lectern.diagrams.internal;

import io.lectern.diagrams.AccessNode;
import io.lectern.diagrams.AccessScenario;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** An access drawing in words: for each principal, the route to each service it reaches, and what it cannot reach. */
final class AccessText {

	private AccessText() {
	}

	static String description(AccessScenario scenario) {
		return scenario.principals().stream().map(principal -> {
			Map<String, List<AccessScenario.Route>> reach = scenario.reach(principal);
			String reached = reach.values().stream()
				.filter(routes -> !routes.isEmpty())
				.map(routes -> routes.get(0).service().name() + " (" + routes.get(0).allowed() + ", through "
						+ routes.get(0).through().stream().map(AccessNode::name).collect(Collectors.joining(" and ")) + ")")
				.collect(Collectors.joining("; "));
			String denied = scenario.unreachable(principal).stream().map(AccessNode::name).collect(Collectors.joining(", "));
			return principal.name() + " (" + principal.kind() + ") may reach " + (reached.isEmpty() ? "nothing" : reached)
					+ (denied.isEmpty() ? "." : ", and cannot reach " + denied + ".");
		}).collect(Collectors.joining(" "));
	}
}
