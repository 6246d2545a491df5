package io.lectern.content.internal.load;

import io.lectern.authoring.YamlMap;
import io.lectern.content.internal.math.MathMacros;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * The {@code math:} key of a page's front matter or of a {@code myst.yml} project: TeX macros by
 * name, each the TeX it stands for ({@code '\dd': '\mathrm{d}'}) or, as mystmd also accepts, a
 * mapping whose {@code macro} is that TeX (beside a {@code description} Lectern does not show).
 */
final class MathFrontMatter {

	private MathFrontMatter() {
	}

	static MathMacros macros(YamlMap frontMatter) {
		Optional<YamlMap> math = frontMatter.map("math");
		if (math.isEmpty()) {
			return MathMacros.NONE;
		}
		Map<String, String> definitions = new LinkedHashMap<>();
		for (String name : math.get().keys()) {
			math.get().value(name).flatMap(value -> value instanceof MappingNode
					? math.get().asMap(value, name).flatMap(macro -> macro.string("macro"))
					: math.get().scalar(value, name))
				.ifPresent(tex -> definitions.put(name.startsWith("\\") ? name : "\\" + name, tex));
		}
		return new MathMacros(definitions);
	}
}
