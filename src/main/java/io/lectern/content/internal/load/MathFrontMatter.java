package io.lectern.content.internal.load;

import io.lectern.authoring.YamlMap;
import io.lectern.content.internal.math.MathMacros;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The {@code math:} key of a page's front matter or of a {@code myst.yml} project: TeX macros by
 * name, each the TeX it stands for ({@code '\dd': '\mathrm{d}'}) or, as mystmd also accepts, a
 * mapping whose {@code macro} is that TeX (beside a {@code description} Lectern does not show); and
 * Jupyter Book 1's MathJax macros in its {@code _config.yml}.
 */
final class MathFrontMatter {

	private MathFrontMatter() {
	}

	static MathMacros macros(YamlMap frontMatter) {
		return MathMacros.of(frontMatter);
	}

	/**
	 * Jupyter Book 1's macros, for MathJax, in {@code _config.yml} under
	 * {@code sphinx: config: mathjax3_config: tex: macros:}: each the TeX it stands for, or a list of
	 * that TeX and its number of arguments (which the TeX's {@code #1}, {@code #2}... already tell).
	 */
	static MathMacros mathJax(YamlMap config) {
		Optional<YamlMap> macros = SphinxSettings.of(config)
			.flatMap(sphinx -> sphinx.map("mathjax3_config")).flatMap(mathJax -> mathJax.map("tex"))
			.flatMap(tex -> tex.map("macros"));
		if (macros.isEmpty()) {
			return MathMacros.NONE;
		}
		Map<String, String> definitions = new LinkedHashMap<>();
		for (String name : macros.get().keys()) {
			macros.get().value(name).flatMap(value -> value instanceof SequenceNode list && !list.getValue().isEmpty()
					? macros.get().scalar(list.getValue().get(0), name)
					: macros.get().scalar(value, name))
				.ifPresent(tex -> definitions.put(name.startsWith("\\") ? name : "\\" + name, tex));
		}
		return new MathMacros(definitions);
	}
}
