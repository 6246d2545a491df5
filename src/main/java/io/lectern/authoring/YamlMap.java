package io.lectern.authoring;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read as a node tree rather than as Java objects, so that every value keeps the
 * line it came from and a wrong value can be reported where the author wrote it.
 */
public final class YamlMap {

	private final MappingNode node;
	private final String file;
	private final int firstLine;
	private final Problems problems;

	private YamlMap(MappingNode node, String file, int firstLine, Problems problems) {
		this.node = node;
		this.file = file;
		this.firstLine = firstLine;
		this.problems = problems;
	}

	/**
	 * Parses YAML text that starts on line {@code firstLine} of {@code file}. Reports a problem and
	 * returns empty when the text is not valid YAML or not a mapping.
	 */
	public static Optional<YamlMap> parse(String yaml, String file, int firstLine, Problems problems) {
		Optional<Node> composed = YamlComposer.compose(yaml, file, firstLine, problems);
		if (composed.isEmpty()) {
			return Optional.empty();
		}
		Node root = composed.get();
		if (!(root instanceof MappingNode mapping)) {
			problems.error(file, firstLine + line(root), "problem.yaml.notMapping");
			return Optional.empty();
		}
		return Optional.of(new YamlMap(mapping, file, firstLine, problems));
	}

	/**
	 * Parses YAML whose top level is a list of mappings, as some tools write their files (a legacy
	 * Jupyter Book's {@code _data/toc.yml}). Reports a problem for an item that is not a mapping and
	 * leaves it out; returns empty when the text is not valid YAML or not a list.
	 */
	public static Optional<List<YamlMap>> parseList(String yaml, String file, int firstLine, Problems problems) {
		Optional<Node> composed = YamlComposer.compose(yaml, file, firstLine, problems);
		if (composed.isEmpty()) {
			return Optional.empty();
		}
		if (!(composed.get() instanceof SequenceNode sequence)) {
			problems.error(file, firstLine + line(composed.get()), "problem.yaml.notList");
			return Optional.empty();
		}
		YamlMap holder = new YamlMap(YamlComposer.emptyMapping(), file, firstLine, problems);
		return Optional.of(sequence.getValue().stream().flatMap(item -> holder.asMap(item, "item").stream()).toList());
	}

	public String file() {
		return file;
	}

	public Problems problems() {
		return problems;
	}

	/** The line of {@code key}, or of the mapping itself when the key is absent. */
	public int line(String key) {
		return tuple(key).map(tuple -> lineOf(tuple.getKeyNode())).orElse(lineOf(node));
	}

	public int lineOf(Node value) {
		return firstLine + line(value);
	}

	/** The keys in the order the author wrote them. */
	public List<String> keys() {
		return node.getValue()
			.stream()
			.map(NodeTuple::getKeyNode)
			.filter(ScalarNode.class::isInstance)
			.map(key -> ((ScalarNode) key).getValue())
			.toList();
	}

	/**
	 * Reports every key other than {@code known}. In a one-line mapping ({@code {text: a, b}}) a
	 * comma ends a value, so a sentence with a comma loses its end to a key nobody reads: this is
	 * where such slips surface.
	 */
	public YamlMap allowOnly(String... known) {
		List<String> allowed = List.of(known);
		for (String key : keys()) {
			if (!allowed.contains(key)) {
				problems.error(file, line(key), "problem.yaml.unknownKey", key,
						String.join(", ", allowed));
			}
		}
		return this;
	}

	public boolean has(String key) {
		return tuple(key).isPresent();
	}

	public Optional<Node> value(String key) {
		return tuple(key).map(NodeTuple::getValueNode);
	}

	/** A single text value; reports a problem if the key holds a list or mapping. */
	public Optional<String> string(String key) {
		return value(key).flatMap(value -> scalar(value, key));
	}

	/** A text value that must be there; reports a problem when it is missing or empty. */
	public Optional<String> required(String key) {
		Optional<String> value = string(key);
		if (value.isEmpty()) {
			problems.error(file, line(key), "problem.yaml.missing", key);
		}
		return value;
	}

	/** A text value or a list of them, as authors write both for {@code redirect_from}. */
	public List<String> strings(String key) {
		return value(key).map(value -> {
			if (value instanceof SequenceNode sequence) {
				return sequence.getValue().stream().flatMap(item -> scalar(item, key).stream()).toList();
			}
			return scalar(value, key).map(List::of).orElse(List.<String>of());
		}).orElse(List.of());
	}

	public Optional<YamlMap> map(String key) {
		return value(key).flatMap(value -> asMap(value, key));
	}

	/** The items of a list value; a missing key is an empty list. */
	public List<Node> list(String key) {
		return value(key).map(value -> {
			if (value instanceof SequenceNode sequence) {
				return sequence.getValue();
			}
			problems.error(file, lineOf(value), "problem.yaml.notAList", key);
			return List.<Node>of();
		}).orElse(List.of());
	}

	public Optional<YamlMap> asMap(Node value, String what) {
		if (value instanceof MappingNode mapping) {
			return Optional.of(new YamlMap(mapping, file, firstLine, problems));
		}
		problems.error(file, lineOf(value), "problem.yaml.notPairs", what);
		return Optional.empty();
	}

	public Optional<String> scalar(Node value, String what) {
		if (value instanceof ScalarNode scalar) {
			String text = scalar.getValue().trim();
			return text.isEmpty() ? Optional.empty() : Optional.of(text);
		}
		problems.error(file, lineOf(value), "problem.yaml.notText", what);
		return Optional.empty();
	}

	private Optional<NodeTuple> tuple(String key) {
		return node.getValue()
			.stream()
			.filter(tuple -> tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key))
			.findFirst();
	}

	private static int line(Node node) {
		return node.getStartMark() == null ? 0 : node.getStartMark().getLine();
	}
}
