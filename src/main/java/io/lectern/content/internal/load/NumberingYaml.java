package io.lectern.content.internal.load;

import io.lectern.authoring.YamlMap;
import io.lectern.content.Numbering;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * mystmd's {@code numbering} as a page's front matter and a project's {@code myst.yml} both write it:
 * {@code true} or {@code false}, or per kind {@code true}, {@code false} or
 * {@code {enabled, start, enumerator, template}}, and {@code enumerator} for every kind (either
 * {@code A.%s} or {@code {enumerator: A.%s}}). What cannot be read is a warning, and is left out:
 * numbers are a nicety, not a reason to refuse a lesson.
 */
final class NumberingYaml {

	private NumberingYaml() {
	}

	static Numbering read(YamlMap holder) {
		Optional<Node> value = holder.value("numbering");
		if (value.isEmpty()) {
			return Numbering.NONE;
		}
		if (value.get() instanceof ScalarNode scalar) {
			Optional<Boolean> all = bool(scalar);
			if (all.isEmpty()) {
				warn(holder, value.get(), "\"numbering\" must be true, false or kinds");
			}
			return new Numbering(all, Map.of(), Optional.empty());
		}
		Optional<YamlMap> kinds = holder.asMap(value.get(), "numbering");
		if (kinds.isEmpty()) {
			return Numbering.NONE;
		}
		Map<String, Numbering.Item> items = new LinkedHashMap<>();
		Optional<String> enumerator = Optional.empty();
		for (String key : kinds.get().keys()) {
			Node setting = kinds.get().value(key).orElseThrow();
			String kind = key.toLowerCase(Locale.ROOT);
			if (kind.equals("enumerator")) {
				enumerator = setting instanceof MappingNode ? item(kinds.get(), setting, key).enumerator()
						: template(kinds.get(), setting, key);
			}
			else {
				items.put(kind.equals("math") ? "equation" : kind, item(kinds.get(), setting, key));
			}
		}
		return new Numbering(Optional.empty(), items, enumerator);
	}

	private static Numbering.Item item(YamlMap kinds, Node setting, String kind) {
		if (setting instanceof ScalarNode scalar) {
			Optional<Boolean> enabled = bool(scalar);
			if (enabled.isEmpty()) {
				warn(kinds, setting, "\"numbering." + kind + "\" must be true, false or {enabled, start, enumerator, template}");
			}
			return enabled.map(Numbering.Item::enabled).orElse(Numbering.Item.NONE);
		}
		Optional<YamlMap> options = kinds.asMap(setting, "numbering." + kind);
		if (options.isEmpty()) {
			return Numbering.Item.NONE;
		}
		YamlMap item = options.get();
		Optional<Boolean> enabled = item.value("enabled").filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
			.flatMap(NumberingYaml::bool);
		return new Numbering.Item(enabled, start(item, kind), item.value("enumerator").flatMap(node -> template(item, node, kind)),
				item.value("template").flatMap(node -> template(item, node, kind)));
	}

	private static OptionalInt start(YamlMap item, String kind) {
		Optional<Node> start = item.value("start");
		if (start.isEmpty()) {
			return OptionalInt.empty();
		}
		if (start.get() instanceof ScalarNode scalar && scalar.getValue().strip().matches("[0-9]{1,6}")) {
			return OptionalInt.of(Integer.parseInt(scalar.getValue().strip()));
		}
		warn(item, start.get(), "\"numbering." + kind + ".start\" must be a whole number");
		return OptionalInt.empty();
	}

	/** An enumerator or a template, which must hold {@code %s} (or {@code {number}}) to show the number. */
	private static Optional<String> template(YamlMap holder, Node node, String kind) {
		if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
			return Optional.of(scalar.getValue().strip());
		}
		warn(holder, node, "\"numbering." + kind + "\" must be text such as \"A.%s\"");
		return Optional.empty();
	}

	private static Optional<Boolean> bool(ScalarNode scalar) {
		String text = scalar.getValue().strip().toLowerCase(Locale.ROOT);
		return text.equals("true") || text.equals("false") ? Optional.of(Boolean.valueOf(text)) : Optional.empty();
	}

	private static void warn(YamlMap holder, Node node, String message) {
		holder.problems().warning(holder.file(), holder.lineOf(node), message);
	}
}
