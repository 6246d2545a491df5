package io.lectern.content.internal.render.myst;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a directive's options as MyST has them: either {@code :key: value} lines at the top of the
 * body, or a YAML block between two {@code ---} lines there; what follows is the body.
 */
final class DirectiveOptions {

	private static final Pattern OPTION = Pattern.compile("^:([A-Za-z0-9][\\w.-]*):(?:\\s+(.*?))?\\s*$");
	private static final Pattern YAML_FENCE = Pattern.compile("^-{3}\\s*$");

	private DirectiveOptions() {
	}

	/** @param bodyOffset how many lines the options took, including one blank line after them */
	record Split(Map<String, String> options, String body, int bodyOffset) {
	}

	/**
	 * Reads the options at the top of a Markdown body line by line, as the lesson is parsed, with the
	 * same rules as {@link #split}: a YAML block if the first line is {@code ---}, else {@code :key:} lines.
	 */
	static final class Reading {

		private enum Part { FIRST_LINE, FIELDS, YAML, BODY }

		private Part part = Part.FIRST_LINE;

		/** Whether {@code line} is one of the options; the first line that is not begins the body. */
		boolean take(CharSequence line) {
			switch (part) {
				case BODY:
					return false;
				case YAML:
					if (YAML_FENCE.matcher(line).matches()) {
						part = Part.BODY;
					}
					return true;
				case FIRST_LINE:
					if (YAML_FENCE.matcher(line).matches()) {
						part = Part.YAML;
						return true;
					}
					part = Part.FIELDS;
					return take(line);
				default:
					if (OPTION.matcher(line).matches()) {
						return true;
					}
					part = Part.BODY;
					return false;
			}
		}

		/** A YAML block that never closed: its lines were the body after all, with no options. */
		boolean unclosed() {
			return part == Part.YAML;
		}
	}

	static Split split(List<String> lines) {
		Map<String, String> options = new LinkedHashMap<>();
		int at = 0;
		if (!lines.isEmpty() && YAML_FENCE.matcher(lines.get(0)).matches()) {
			int end = 1;
			while (end < lines.size() && !YAML_FENCE.matcher(lines.get(end)).matches()) {
				end++;
			}
			if (end < lines.size()) {
				options.putAll(yaml(String.join("\n", lines.subList(1, end))));
				at = end + 1;
			}
		}
		else {
			while (at < lines.size()) {
				Matcher option = OPTION.matcher(lines.get(at));
				if (!option.matches()) {
					break;
				}
				options.put(option.group(1), unquote(option.group(2) == null ? "" : option.group(2)));
				at++;
			}
		}
		if (at > 0 && at < lines.size() && lines.get(at).isBlank()) {
			at++;
		}
		return new Split(options, String.join("\n", lines.subList(at, lines.size())), at);
	}

	private static Map<String, String> yaml(String text) {
		Map<String, String> options = new LinkedHashMap<>();
		try {
			if (new Yaml(new SafeConstructor(new LoaderOptions())).load(text) instanceof Map<?, ?> map) {
				map.forEach((key, value) -> options.put(String.valueOf(key), value == null ? "" : String.valueOf(value)));
			}
		}
		catch (YAMLException notYaml) {
			// Options that are not YAML are no options; the directive still renders its body.
		}
		return options;
	}

	private static String unquote(String value) {
		String stripped = value.strip();
		if (stripped.length() >= 2 && (stripped.startsWith("\"") && stripped.endsWith("\"")
				|| stripped.startsWith("'") && stripped.endsWith("'"))) {
			String inner = stripped.substring(1, stripped.length() - 1);
			// "a", "b" is a list of quoted values (a csv-table header), not one quoted value.
			return inner.indexOf(stripped.charAt(0)) < 0 ? inner : stripped;
		}
		return stripped;
	}
}
