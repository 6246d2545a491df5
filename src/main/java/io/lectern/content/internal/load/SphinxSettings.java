package io.lectern.content.internal.load;

import io.lectern.authoring.YamlMap;
import java.util.Optional;

/**
 * What a Jupyter Book 1 passes on to Sphinx: the map under {@code sphinx: config:} in its
 * {@code _config.yml}, whose keys are Sphinx's and its extensions' own settings
 * ({@code numfig}, {@code math_number_all}, {@code language}, {@code mathjax3_config}...).
 */
final class SphinxSettings {

	private SphinxSettings() {
	}

	/** The book's {@code sphinx: config:}, if it has one. */
	static Optional<YamlMap> of(YamlMap bookConfig) {
		return bookConfig.map("sphinx").flatMap(sphinx -> sphinx.map("config"));
	}

	/**
	 * A setting that is on or off: {@code true} or {@code false}, in any case; anything else, or
	 * nothing, is {@code otherwise}, what a Jupyter Book does when it is not set.
	 */
	static boolean flag(Optional<YamlMap> settings, String name, boolean otherwise) {
		return settings.flatMap(found -> found.string(name))
			.map(String::strip)
			.filter(value -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"))
			.map(value -> value.equalsIgnoreCase("true"))
			.orElse(otherwise);
	}
}
