package io.lectern.authoring;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns YAML text into SnakeYAML's node tree, safely (no Java types built from tags) and with a
 * syntax error reported at the author's line. Apart from {@link YamlMap}, which reads the tree,
 * because the parser is a costly, thread-confined object that every file shares.
 */
final class YamlComposer {

	/** Setting up a parser costs more than reading a short front matter, and parsers are not thread-safe. */
	private static final ThreadLocal<Yaml> YAML = ThreadLocal
		.withInitial(() -> new Yaml(new SafeConstructor(new LoaderOptions())));

	private YamlComposer() {
	}

	/** The node tree of the text; an empty text is an empty mapping. */
	static Optional<Node> compose(String yaml, String file, int firstLine, Problems problems) {
		try {
			Node root = YAML.get().compose(new StringReader(yaml));
			return Optional.of(root == null ? emptyMapping() : root);
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() != null ? ex.getProblemMark().getLine() : 0;
			problems.error(file, firstLine + line, "problem.yaml.invalid", ex.getProblem());
			return Optional.empty();
		}
	}

	static MappingNode emptyMapping() {
		return new MappingNode(Tag.MAP, List.of(), DumperOptions.FlowStyle.AUTO);
	}
}
