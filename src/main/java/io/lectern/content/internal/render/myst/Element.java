package io.lectern.content.internal.render.myst;

import java.util.LinkedHashMap;
import java.util.Map;
import org.commonmark.node.CustomBlock;

/** One HTML element a directive stands for, with its children rendered inside it. */
class Element extends CustomBlock {

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
		String safe = classes.replaceAll("[^A-Za-z0-9 _-]", "").strip();
		if (!safe.isEmpty()) {
			attributes.merge("class", safe, (old, added) -> old + " " + added);
		}
		return this;
	}
}
