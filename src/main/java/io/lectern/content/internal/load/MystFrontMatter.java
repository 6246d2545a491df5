package io.lectern.content.internal.load;

import io.lectern.authoring.YamlMap;
import io.lectern.content.LessonDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The keys of a MyST page's front matter that Lectern shows or uses ({@code subtitle},
 * {@code short_title}, {@code authors}, {@code date}; {@code numbering} is {@link NumberingYaml}'s).
 * mystmd lets several take richer forms than text (an author with an affiliation): Lectern
 * takes what it can show from them and ignores the rest rather than refuse the lesson.
 */
final class MystFrontMatter {

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
