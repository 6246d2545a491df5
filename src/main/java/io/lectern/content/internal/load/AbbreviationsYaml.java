package io.lectern.content.internal.load;

import io.lectern.authoring.YamlMap;
import io.lectern.content.internal.render.myst.Abbreviations;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The {@code abbreviations:} of a page's front matter or of a {@code myst.yml} project, as mystmd
 * writes them: each abbreviation and what it stands for, {@code null} to take one away that the
 * project gives, and the {@code firstTimeLong} flag.
 */
final class AbbreviationsYaml {

	private AbbreviationsYaml() {
	}

	static Abbreviations read(YamlMap frontMatter) {
		return frontMatter.map("abbreviations").map(AbbreviationsYaml::of).orElse(Abbreviations.NONE);
	}

	private static Abbreviations of(YamlMap written) {
		Map<String, String> meanings = new LinkedHashMap<>();
		for (String abbreviation : written.keys()) {
			Node value = written.value(abbreviation).orElseThrow();
			boolean takenAway = value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
			meanings.put(abbreviation, takenAway ? null : written.scalar(value, abbreviation).orElse(null));
		}
		return Abbreviations.of(meanings);
	}
}
