package io.lectern.content.internal.render.myst;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.node.CustomBlock;

/** One HTML element a directive stands for, with its children rendered inside it. */
class Element extends CustomBlock {

	private static final Pattern UNSAFE_CLASS_CHARACTER = Pattern.compile("[^A-Za-z0-9 _-]");

	final String tag;
	final Map<String, String> attributes = new LinkedHashMap<>();

	Element(String tag, String cssClass) {
		this.tag = tag;
		if (!cssClass.isBlank()) {
			attributes.put("class", cssClass.strip());
		}
	}

	Element with(String attribute, String value) {
		attributes.put(attribute, value);
		return this;
	}

	/** Adds the author's {@code :class:} words, kept only as far as they are safe class names. */
	Element withClasses(String classes) {
		if (classes.isEmpty()) {
			// Most directives have no :class: at all; spare them the pattern.
			return this;
		}
		String safe = UNSAFE_CLASS_CHARACTER.matcher(classes).replaceAll("").strip();
		if (!safe.isEmpty()) {
			attributes.merge("class", safe, (old, added) -> old + " " + added);
		}
		return this;
	}
}
