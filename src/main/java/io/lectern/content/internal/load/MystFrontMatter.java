package io.lectern.content.internal.load;

import io.lectern.authoring.YamlMap;
import io.lectern.content.LessonDetails;
import io.lectern.content.Numbering;
import io.lectern.content.internal.render.Labelled;
import io.lectern.content.internal.render.myst.NumberingSettings;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The keys of a MyST page's front matter that Lectern shows or uses ({@code subtitle},
 * {@code short_title}, {@code authors}, {@code date}, {@code numbering}). mystmd lets several take
 * richer forms than text (an author with an affiliation, numbering per kind with a start): Lectern
 * takes what it can show from them and ignores the rest rather than refuse the lesson.
 */
final class MystFrontMatter {

	private static final Map<String, Labelled.Kind> KINDS = Map.of("figure", Labelled.Kind.FIGURE, "table",
			Labelled.Kind.TABLE, "code", Labelled.Kind.CODE, "equation", Labelled.Kind.EQUATION, "exercise",
			Labelled.Kind.EXERCISE);

	private MystFrontMatter() {
	}

	static LessonDetails details(YamlMap meta) {
		return new LessonDetails(meta.string("subtitle"), meta.string("short_title"), authors(meta), text(meta.value("date")),
				meta.string("id").map(String::strip).filter(id -> !id.isEmpty()));
	}

	/** Authors as names ({@code - Ada}) or as mystmd's objects ({@code - name: Ada}), or one name alone. */
	private static List<String> authors(YamlMap meta) {
		List<String> names = new ArrayList<>();
		Optional<Node> value = meta.value("authors").or(() -> meta.value("author"));
		List<Node> items = value.map(node -> node instanceof SequenceNode list ? list.getValue() : List.of(node))
			.orElse(List.of());
		for (Node item : items) {
			Optional<Node> name = item instanceof MappingNode mapping ? entry(mapping, "name") : Optional.of(item);
			name.flatMap(MystFrontMatter::text).ifPresent(names::add);
		}
		return names;
	}

	/**
	 * {@code numbering: false} numbers nothing; {@code figure: false} or {@code figure: {enabled: false}}
	 * switches one kind off. Headings are not numbered whatever it says (see {@link NumberingSettings}).
	 */
	static NumberingSettings numbering(YamlMap meta) {
		Optional<Node> value = meta.value("numbering");
		if (value.isEmpty()) {
			return NumberingSettings.DEFAULT;
		}
		if (value.get() instanceof ScalarNode scalar) {
			return isFalse(scalar) ? NumberingSettings.none() : isTrue(scalar) ? NumberingSettings.all()
					: NumberingSettings.DEFAULT;
		}
		Set<Labelled.Kind> off = EnumSet.noneOf(Labelled.Kind.class);
		Set<Labelled.Kind> on = EnumSet.noneOf(Labelled.Kind.class);
		if (value.get() instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				Optional<String> key = text(tuple.getKeyNode()).map(name -> name.toLowerCase(Locale.ROOT));
				Labelled.Kind kind = key.map(KINDS::get).orElse(null);
				Node setting = tuple.getValueNode() instanceof MappingNode options
						? entry(options, "enabled").orElse(null) : tuple.getValueNode();
				if (kind != null && setting instanceof ScalarNode scalar && isFalse(scalar)) {
					off.add(kind);
				}
				else if (kind != null && setting instanceof ScalarNode scalar && isTrue(scalar)) {
					on.add(kind);
				}
			}
		}
		return new NumberingSettings(off, on);
	}

	/** The project's {@code numbering} (myst.yml), in the same terms, for a page's own to go over. */
	static NumberingSettings numbering(Numbering project) {
		Set<Labelled.Kind> off = EnumSet.noneOf(Labelled.Kind.class);
		Set<Labelled.Kind> on = EnumSet.noneOf(Labelled.Kind.class);
		KINDS.forEach((name, kind) -> project.of(name).ifPresent(enabled -> (enabled ? on : off).add(kind)));
		return new NumberingSettings(off, on);
	}

	private static boolean isFalse(ScalarNode scalar) {
		return scalar.getValue().strip().equalsIgnoreCase("false");
	}

	private static boolean isTrue(ScalarNode scalar) {
		return scalar.getValue().strip().equalsIgnoreCase("true");
	}

	private static Optional<Node> entry(MappingNode mapping, String key) {
		return mapping.getValue()
			.stream()
			.filter(tuple -> text(tuple.getKeyNode()).filter(key::equals).isPresent())
			.map(NodeTuple::getValueNode)
			.findFirst();
	}

	private static Optional<String> text(Node node) {
		return node instanceof ScalarNode scalar && !scalar.getValue().isBlank() ? Optional.of(scalar.getValue().strip())
				: Optional.empty();
	}

	private static Optional<String> text(Optional<Node> node) {
		return node.flatMap(MystFrontMatter::text);
	}
}
