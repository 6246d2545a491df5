package io.lectern.diagrams.internal;

import io.lectern.authoring.Problems;
import io.lectern.authoring.YamlMap;
import io.lectern.diagrams.AccessLink;
import io.lectern.diagrams.AccessNode;
import io.lectern.diagrams.AccessScenario;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a {@code *.access.yml} scenario: principals with the groups or roles they belong to
 * ({@code member_of}), groups and roles with their {@code policies}, policies with what they
 * {@code allows} on each service, and the services. Every name a link uses must be defined;
 * problems are reported with their lines and a scenario with any problem is not returned.
 */
public final class AccessReader {

	public static final String SUFFIX = ".access.yml";

	private AccessReader() {
	}

	public static Optional<AccessScenario> read(String file, String text, Problems problems) {
		int before = problems.count();
		Optional<YamlMap> parsed = YamlMap.parse(text, file, 1, problems);
		if (parsed.isEmpty()) {
			return Optional.empty();
		}
		YamlMap yaml = parsed.get();
		Optional<String> id = yaml.required("id");
		Optional<String> title = yaml.required("title");
		Set<String> ids = new HashSet<>();
		List<AccessNode> services = new ArrayList<>();
		for (String service : yaml.strings("services")) {
			services.add(new AccessNode(service, service, "AWS service", ""));
			unique(yaml, "services", service, ids);
		}
		if (services.isEmpty()) {
			problems.error(file, yaml.line("services"), "problem.access.noServices");
		}
		List<Pending> pending = new ArrayList<>();
		List<AccessNode> policies = nodes(yaml, "policies", "IAM policy", ids, pending);
		List<AccessNode> groups = nodes(yaml, "groups", "IAM group", ids, pending);
		List<AccessNode> principals = nodes(yaml, "principals", "IAM user", ids, pending);
		if (principals.isEmpty()) {
			problems.error(file, yaml.line("principals"), "problem.access.noPrincipals");
		}
		List<AccessLink> links = new ArrayList<>();
		for (Pending link : pending) {
			List<AccessNode> targets = switch (link.key()) {
				case "member_of" -> groups;
				case "policies" -> policies;
				default -> services;
			};
			if (targets.stream().noneMatch(node -> node.id().equals(link.link().to()))) {
				problems.error(file, link.line(), "problem.access.undefined", link.link().to(), link.key(),
						link.link().from(), column(link.key()));
			}
			links.add(link.link());
		}
		if (problems.count() > before || id.isEmpty() || title.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new AccessScenario(id.get(), title.get(), yaml.string("about").orElse(""), principals, groups,
				policies, services, links));
	}

	/** A link as written, checked once every node is known. */
	private record Pending(AccessLink link, String key, int line) {
	}

	private static List<AccessNode> nodes(YamlMap yaml, String key, String defaultKind, Set<String> ids,
			List<Pending> pending) {
		List<AccessNode> nodes = new ArrayList<>();
		for (Node item : yaml.list(key)) {
			yaml.asMap(item, key).ifPresent(entry -> {
				Optional<String> id = entry.required("id");
				Optional<String> name = entry.required("name");
				id.ifPresent(known -> unique(entry, "id", known, ids));
				if (id.isEmpty() || name.isEmpty()) {
					return;
				}
				nodes.add(new AccessNode(id.get(), name.get(), entry.string("kind").orElse(defaultKind),
						entry.string("note").orElse("")));
				for (String link : List.of("member_of", "policies")) {
					entry.strings(link)
						.forEach(to -> pending.add(new Pending(new AccessLink(id.get(), to, ""), link, entry.line(link))));
				}
				entry.map("allows").ifPresent(allows -> allows.keys()
					.forEach(service -> pending.add(new Pending(new AccessLink(id.get(), service,
							allows.string(service).orElse("")), "allows", allows.line(service)))));
			});
		}
		return nodes;
	}

	private static void unique(YamlMap yaml, String key, String id, Set<String> ids) {
		if (!ids.add(id)) {
			yaml.problems().error(yaml.file(), yaml.line(key), "problem.access.duplicate", id);
		}
	}

	private static String column(String key) {
		return switch (key) {
			case "member_of" -> "groups";
			case "policies" -> "policies";
			default -> "services";
		};
	}
}
