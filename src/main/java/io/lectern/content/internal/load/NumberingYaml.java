package io.lectern.content.internal.load;

import io.lectern.authoring.YamlMap;
import io.lectern.content.Numbering;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * mystmd's {@code numbering} as a page's front matter and a project's {@code myst.yml} both write it:
 * {@code true} or {@code false}, or per kind {@code {enabled, start, enumerator, template, continue}}
 * or, as mystmd's validator reads them, a boolean ({@code enabled}), a whole number ({@code start}),
 * {@code continue} or {@code next} (carry on from the page before), or other text ({@code template});
 * and {@code enumerator} for every kind (either {@code A.%s} or {@code {enumerator: A.%s}}). Kinds
 * may be written by mystmd's other names ({@code figures}, {@code math}, {@code sections}); the page
 * {@code title} takes {@code {enabled, offset, enumerator}}, a whole number being its offset. What
 * cannot be read is a warning, and is left out: numbers are a nicety, not a reason to refuse a lesson.
 */
final class NumberingYaml {

	/** mystmd's other names for the kinds, as its numbering validator accepts them. */
	private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("sections", "headings"),
			Map.entry("h1", "heading_1"), Map.entry("h2", "heading_2"), Map.entry("h3", "heading_3"),
			Map.entry("h4", "heading_4"), Map.entry("h5", "heading_5"), Map.entry("h6", "heading_6"),
			Map.entry("heading1", "heading_1"), Map.entry("heading2", "heading_2"), Map.entry("heading3", "heading_3"),
			Map.entry("heading4", "heading_4"), Map.entry("heading5", "heading_5"), Map.entry("heading6", "heading_6"),
			Map.entry("figures", "figure"), Map.entry("subfigures", "subfigure"), Map.entry("equations", "equation"),
			Map.entry("math", "equation"), Map.entry("subequations", "subequation"), Map.entry("tables", "table"),
			Map.entry("titles", "title"));
	private static final Pattern WHOLE = Pattern.compile("[0-9]{1,6}");

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
				warn(holder, value.get(), "problem.numbering.value");
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
			else if (ALIASES.getOrDefault(kind, kind).equals("title")) {
				items.put("title", title(kinds.get(), setting, key));
			}
			else {
				items.put(ALIASES.getOrDefault(kind, kind), item(kinds.get(), setting, key));
			}
		}
		return new Numbering(Optional.empty(), items, enumerator);
	}

	private static Numbering.Item item(YamlMap kinds, Node setting, String kind) {
		if (setting instanceof ScalarNode scalar) {
			return scalar(kinds, scalar, kind);
		}
		Optional<YamlMap> options = kinds.asMap(setting, "numbering." + kind);
		if (options.isEmpty()) {
			return Numbering.Item.NONE;
		}
		YamlMap item = options.get();
		Optional<Boolean> enabled = item.value("enabled").filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
			.flatMap(NumberingYaml::bool);
		Optional<Boolean> continues = item.value("continue").filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
			.flatMap(NumberingYaml::bool);
		boolean startsWhereLeft = item.value("start").filter(ScalarNode.class::isInstance)
			.map(node -> continuing(((ScalarNode) node).getValue())).orElse(false);
		Numbering.Item read = new Numbering.Item(enabled, startsWhereLeft ? OptionalInt.empty() : start(item, kind),
				item.value("enumerator").flatMap(node -> template(item, node, kind)),
				item.value("template").flatMap(node -> template(item, node, kind)),
				continues.or(() -> startsWhereLeft ? Optional.of(true) : Optional.empty()));
		return enabledBySaying(read);
	}

	/**
	 * mystmd's {@code title}: {@code true}/{@code false}, a whole number (its {@code offset}), or
	 * {@code {enabled, offset, enumerator}}; an offset, like an enumerator, numbers the title
	 * unless it says {@code enabled: false}.
	 */
	private static Numbering.Item title(YamlMap kinds, Node setting, String key) {
		if (setting instanceof ScalarNode scalar && WHOLE.matcher(scalar.getValue().strip()).matches()) {
			OptionalInt offset = offset(kinds, scalar, key);
			return offset.isPresent() ? withOffset(Numbering.Item.enabled(true), offset) : Numbering.Item.NONE;
		}
		Numbering.Item read = item(kinds, setting, key);
		if (!(setting instanceof MappingNode)) {
			return read;
		}
		Optional<Node> offset = kinds.asMap(setting, "numbering." + key).flatMap(item -> item.value("offset"));
		if (offset.isEmpty()) {
			return read;
		}
		OptionalInt levels = offset(kinds.asMap(setting, "numbering." + key).orElseThrow(), offset.get(), key);
		Numbering.Item enabled = read.enabled().isPresent() || levels.isEmpty() ? read
				: new Numbering.Item(Optional.of(true), read.start(), read.enumerator(), read.template(), read.continues());
		return withOffset(enabled, levels);
	}

	private static Numbering.Item withOffset(Numbering.Item item, OptionalInt offset) {
		return new Numbering.Item(item.enabled(), item.start(), item.enumerator(), item.template(), item.continues(), offset);
	}

	/** A title's offset: a whole number from 0 to 5, as mystmd's validator allows. */
	private static OptionalInt offset(YamlMap holder, Node node, String kind) {
		if (node instanceof ScalarNode scalar && scalar.getValue().strip().matches("[0-5]")) {
			return OptionalInt.of(Integer.parseInt(scalar.getValue().strip()));
		}
		warn(holder, node, "\"numbering." + kind + ".offset\" must be a whole number from 0 to 5");
		return OptionalInt.empty();
	}

	/** As mystmd's validator has it, a kind given a start, template, enumerator or continue is numbered unless it says not. */
	private static Numbering.Item enabledBySaying(Numbering.Item item) {
		boolean said = item.start().isPresent() || item.template().isPresent() || item.enumerator().isPresent()
				|| item.continues().isPresent();
		return said && item.enabled().isEmpty()
				? new Numbering.Item(Optional.of(true), item.start(), item.enumerator(), item.template(), item.continues())
				: item;
	}

	/** A kind written as one value: {@code true}/{@code false}, a first number, {@code continue}, or a template. */
	private static Numbering.Item scalar(YamlMap kinds, ScalarNode scalar, String kind) {
		String text = scalar.getValue().strip();
		Optional<Boolean> enabled = bool(scalar);
		if (enabled.isPresent()) {
			return Numbering.Item.enabled(enabled.get());
		}
		if (WHOLE.matcher(text).matches()) {
			return new Numbering.Item(Optional.of(true), OptionalInt.of(Integer.parseInt(text)), Optional.empty(), Optional.empty());
		}
		if (continuing(text)) {
			return new Numbering.Item(Optional.of(true), OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.of(true));
		}
		if (text.isEmpty()) {
			warn(kinds, scalar, "problem.numbering.kind", kind);
			return Numbering.Item.NONE;
		}
		return new Numbering.Item(Optional.of(true), OptionalInt.empty(), Optional.empty(), Optional.of(text));
	}

	/** mystmd's words for a count that carries on from the page before. */
	private static boolean continuing(String text) {
		String word = text.strip().toLowerCase(Locale.ROOT);
		return word.equals("continue") || word.equals("next");
	}

	private static OptionalInt start(YamlMap item, String kind) {
		Optional<Node> start = item.value("start");
		if (start.isEmpty()) {
			return OptionalInt.empty();
		}
		if (start.get() instanceof ScalarNode scalar && scalar.getValue().strip().matches("[0-9]{1,6}")) {
			return OptionalInt.of(Integer.parseInt(scalar.getValue().strip()));
		}
		warn(item, start.get(), "problem.numbering.start", kind);
		return OptionalInt.empty();
	}

	/** An enumerator or a template, which must hold {@code %s} (or {@code {number}}) to show the number. */
	private static Optional<String> template(YamlMap holder, Node node, String kind) {
		if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
			return Optional.of(scalar.getValue().strip());
		}
		warn(holder, node, "problem.numbering.text", kind);
		return Optional.empty();
	}

	private static Optional<Boolean> bool(ScalarNode scalar) {
		String text = scalar.getValue().strip().toLowerCase(Locale.ROOT);
		return text.equals("true") || text.equals("false") ? Optional.of(Boolean.valueOf(text)) : Optional.empty();
	}

	private static void warn(YamlMap holder, Node node, String key, Object... arguments) {
		holder.problems().warning(holder.file(), holder.lineOf(node), key, arguments);
	}
}
