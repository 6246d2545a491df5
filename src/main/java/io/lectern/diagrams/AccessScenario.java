package io.lectern.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who may reach which service, and through what: principals, the groups and roles they belong
 * to, the policies attached to those, and the services the policies allow. Drawn as four columns
 * with arrows; any scenario written in the same shape draws without new code.
 */
public record AccessScenario(String id, String title, String about, List<AccessNode> principals,
		List<AccessNode> groups, List<AccessNode> policies, List<AccessNode> services, List<AccessLink> links) {

	public AccessScenario {
		principals = List.copyOf(principals);
		groups = List.copyOf(groups);
		policies = List.copyOf(policies);
		services = List.copyOf(services);
		links = List.copyOf(links);
	}

	/** The columns, left to right. */
	public List<List<AccessNode>> columns() {
		return List.of(principals, groups, policies, services);
	}

	public Optional<AccessNode> node(String id) {
		return Stream.of(principals, groups, policies, services).flatMap(List::stream)
			.filter(node -> node.id().equals(id))
			.findFirst();
	}

	public List<AccessLink> linksFrom(String id) {
		return links.stream().filter(link -> link.from().equals(id)).toList();
	}

	/**
	 * Every route from a principal to a service: the nodes on the way, and on the last step the
	 * actions allowed. A service with no route is one the principal cannot reach at all.
	 */
	public List<Route> routes(AccessNode principal) {
		List<Route> routes = new ArrayList<>();
		walk(principal.id(), new ArrayList<>(List.of(principal)), routes);
		return routes;
	}

	private void walk(String from, List<AccessNode> path, List<Route> routes) {
		for (AccessLink link : linksFrom(from)) {
			AccessNode next = node(link.to()).orElseThrow();
			if (path.contains(next)) {
				continue;
			}
			List<AccessNode> longer = new ArrayList<>(path);
			longer.add(next);
			if (services.contains(next)) {
				routes.add(new Route(longer, link.what()));
			}
			else {
				walk(next.id(), longer, routes);
			}
		}
	}

	/** The services a principal can reach, by service id, each with every route to it. */
	public Map<String, List<Route>> reach(AccessNode principal) {
		Map<String, List<Route>> reach = new java.util.LinkedHashMap<>();
		services.forEach(service -> reach.put(service.id(), new ArrayList<>()));
		routes(principal).forEach(route -> reach.get(route.service().id()).add(route));
		return reach;
	}

	/** The services a principal has no route to at all. */
	public List<AccessNode> unreachable(AccessNode principal) {
		return reach(principal).entrySet().stream()
			.filter(entry -> entry.getValue().isEmpty())
			.map(entry -> node(entry.getKey()).orElseThrow())
			.toList();
	}

	/** A path from a principal to a service, and what the last policy allows there. */
	public record Route(List<AccessNode> nodes, String allowed) {

		public AccessNode service() {
			return nodes.get(nodes.size() - 1);
		}

		/** The nodes between the principal and the service, such as the group and the policy. */
		public List<AccessNode> through() {
			return nodes.subList(1, nodes.size() - 1);
		}
	}
}
