package io.lectern.content.internal.math;

import io.lectern.authoring.YamlMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * TeX macros a page's formulas may use, as mystmd reads them from the {@code math:} key of a
 * page's front matter and of the project ({@code '\dd': '\mathrm{d}'}, {@code #1} for arguments).
 * Kept sorted, so that the same macros always make the same cache key.
 */
public record MathMacros(Map<String, String> definitions) {

	public static final MathMacros NONE = new MathMacros(Map.of());

	/** What mystmd defines for every page: {@code \mbox}, which the TeX library lacks, as {@code \text}. */
	static final Map<String, String> BUILT_IN = Map.of("\\mbox", "\\text{#1}");

	/**
	 * The {@code math:} key of a page's front matter or of a {@code myst.yml} project: each macro the
	 * TeX it stands for ({@code '\dd': '\mathrm{d}'}) or, as mystmd also accepts, a mapping whose
	 * {@code macro} is that TeX (beside a {@code description} Lectern does not show).
	 */
	public static MathMacros of(YamlMap frontMatter) {
		Optional<YamlMap> math = frontMatter.map("math");
		if (math.isEmpty()) {
			return NONE;
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

	public MathMacros {
		definitions = Collections.unmodifiableMap(new TreeMap<>(definitions));
	}

	/** These macros, with those of {@code page} replacing any of the same name. */
	public MathMacros under(MathMacros page) {
		if (page.definitions.isEmpty()) {
			return this;
		}
		Map<String, String> merged = new TreeMap<>(definitions);
		merged.putAll(page.definitions);
		return new MathMacros(merged);
	}

	/** The built-in macros and these, as the JSON object the TeX library takes as its {@code macros} option. */
	String json() {
		Map<String, String> all = new TreeMap<>(BUILT_IN);
		all.putAll(definitions);
		return all.entrySet().stream().map(entry -> quoted(entry.getKey()) + ":" + quoted(entry.getValue()))
			.collect(Collectors.joining(",", "{", "}"));
	}

	/** A line of the cache key: empty for a page with no macros of its own, so those entries stay as they were. */
	String key() {
		return definitions.isEmpty() ? "" : json();
	}

	private static String quoted(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}
}
