package io.lectern.content.internal.render.myst;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * mystmd's inline attributes in a directive's braces, after its name: {@code .name} adds a class,
 * {@code #name} is its label, {@code key=value} (the value quoted when it has spaces) an option, as
 * {@code :key: value} under the fence would be. {@code :::{tip .dropdown #setup}} is a dropdown tip
 * labelled {@code setup}; {@code :::{note icon=false}} a note with {@code :icon: false}.
 */
final class InlineAttributes {

	private static final Pattern ATTRIBUTE = Pattern
		.compile("\\G\\s*(?:\\.([\\w-]+)|#([\\w.:-]+)|([A-Za-z][\\w-]*)=(?:\"([^\"]*)\"|'([^']*)'|(\\S+)))");

	private InlineAttributes() {
	}

	/** @param written what follows the name inside the braces, or null when nothing does */
	static Map<String, String> options(String written) {
		if (written == null || written.isBlank()) {
			return Map.of();
		}
		Map<String, String> options = new LinkedHashMap<>();
		Matcher attribute = ATTRIBUTE.matcher(written);
		while (attribute.find()) {
			if (attribute.group(1) != null) {
				options.merge("class", attribute.group(1), (before, added) -> before + " " + added);
			}
			else if (attribute.group(2) != null) {
				options.put("label", attribute.group(2));
			}
			else {
				String value = attribute.group(4) != null ? attribute.group(4)
						: attribute.group(5) != null ? attribute.group(5) : attribute.group(6);
				options.put(attribute.group(3), value);
			}
		}
		return options;
	}
}
