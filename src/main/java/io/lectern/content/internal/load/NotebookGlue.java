package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * myst-nb's glue: a code cell keeps a value under a name ({@code glue("mean", m)}) and the
 * notebook's text pastes it where it names it, from the outputs the notebook was saved with, as
 * Jupyter Book builds it without running it again. Glued outputs carry their name in their
 * {@code scrapbook} metadata and are not shown in their cell. The roles {@code {glue}} (and
 * {@code {glue:}}, {@code {glue:any}}) paste an image or the text, {@code {glue:text}} the text,
 * formatted as Python's format spec after a colon says ({@code mean:.2f}), {@code {glue:md}} Markdown
 * and {@code {glue:math}} a formula; the directives paste the output as a block, and
 * {@code {glue:figure}} makes a figure of an image, with its caption and options.
 */
final class NotebookGlue {

	private static final Pattern ROLE = Pattern.compile("\\{glue(?::(any|text|md|math)?)?\\}(`+)(.+?)\\2");
	private static final Pattern DIRECTIVE = Pattern.compile("^(\\s*)(`{3,}|:{3,})\\{glue(?::(any|md|math|figure))?\\}\\s*(\\S+)\\s*$");
	private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})");
	private static final Pattern FORMAT = Pattern.compile("(,)?(?:\\.(\\d{1,2}))?([fe%dg])?");
	private static final String PAPERMILL = "application/papermill.record/";

	/** One glued output: its saved representations, and its image as a file of the notebook's. */
	private record Glued(Map<String, String> data, Optional<String> image) {

		Optional<String> text(String mime) {
			return Optional.ofNullable(data.get(mime));
		}
	}

	private final String path;
	private final Problems problems;
	private final Map<String, Glued> glued = new HashMap<>();

	private NotebookGlue(String path, Problems problems) {
		this.path = path;
		this.problems = problems;
	}

	/** The name an output is glued under, if it is one: myst-nb's {@code scrapbook} metadata. */
	static Optional<String> nameOf(JsonNode output) {
		String name = output.path("metadata").path("scrapbook").path("name").asString("");
		return name.isEmpty() ? Optional.empty() : Optional.of(name);
	}

	/** Every value the notebook's code cells glued, the images among them kept as the notebook's files. */
	static NotebookGlue of(String path, Notebook notebook, NotebookOutputs outputs, Problems problems) {
		NotebookGlue glue = new NotebookGlue(path, problems);
		for (Notebook.Cell cell : notebook.cells()) {
			int number = 0;
			for (JsonNode output : cell.json().path("outputs").values()) {
				number++;
				Optional<String> name = nameOf(output);
				if (name.isEmpty()) {
					continue;
				}
				Map<String, String> data = new HashMap<>();
				// myst-nb before 0.14 wrote papermill's prefix before each type; later ones write none.
				output.path("data").properties().forEach(entry -> data.put(entry.getKey().startsWith(PAPERMILL)
						? entry.getKey().substring(PAPERMILL.length()) : entry.getKey(), Notebook.text(entry.getValue())));
				Optional<String> image = Optional.empty();
				for (String mime : List.of("image/png", "image/jpeg")) {
					if (image.isEmpty() && data.containsKey(mime)) {
						image = outputs.imageFile(cell, number, mime, data.get(mime));
					}
				}
				glue.glued.put(name.get(), new Glued(data, image));
			}
		}
		return glue;
	}

	/** A Markdown cell with what it pastes in place; its fenced code is left as written. */
	String paste(String markdown, int line) {
		if (!markdown.contains("{glue")) {
			return markdown;
		}
		StringBuilder out = new StringBuilder();
		String fence = null;
		List<String> lines = markdown.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			String text = lines.get(i);
			Matcher directive = DIRECTIVE.matcher(text);
			Matcher opening = FENCE.matcher(text);
			if (fence != null) {
				if (closes(text, fence)) {
					fence = null;
				}
				out.append(text).append('\n');
			}
			else if (directive.matches()) {
				i = directive(directive, lines, i, line, out);
			}
			else if (opening.lookingAt()) {
				fence = opening.group(1);
				out.append(text).append('\n');
			}
			else {
				out.append(roles(text, line)).append('\n');
			}
		}
		return out.toString();
	}

	/** @return the index of the directive's last line */
	private int directive(Matcher directive, List<String> lines, int start, int line, StringBuilder out) {
		String indent = directive.group(1);
		String fence = directive.group(2);
		String kind = directive.group(3) == null ? "any" : directive.group(3);
		String name = directive.group(4);
		Optional<Glued> value = find(name, line);
		int end = start + 1;
		while (end < lines.size() && !closes(lines.get(end), fence)) {
			end++;
		}
		if (kind.equals("figure") && value.flatMap(Glued::image).isPresent()) {
			// The figure directive with the glued image: its options and caption as written.
			out.append(indent).append(fence).append("{figure} ").append(value.get().image().get()).append('\n');
			lines.subList(start + 1, end).forEach(text -> out.append(roles(text, line)).append('\n'));
			if (end < lines.size()) {
				out.append(lines.get(end)).append('\n');
			}
			return Math.min(end, lines.size() - 1);
		}
		String block = value.map(found -> block(found, kind)).orElse("");
		out.append('\n').append(block).append("\n\n");
		if (kind.equals("figure")) {
			// Not an image: the output, then its caption, the body's lines that are not options.
			lines.subList(start + 1, Math.min(end, lines.size())).stream()
				.filter(text -> !text.strip().startsWith(":"))
				.forEach(text -> out.append(roles(text, line)).append('\n'));
		}
		return Math.min(end, lines.size() - 1);
	}

	/** Whether a line closes a fence opened with {@code fence}: the same character, at least as many. */
	private static boolean closes(String text, String fence) {
		String stripped = text.strip();
		return stripped.length() >= fence.length() && stripped.chars().allMatch(c -> c == fence.charAt(0));
	}

	private static String block(Glued value, String kind) {
		if (kind.equals("md")) {
			return value.text("text/markdown").orElse("");
		}
		if (kind.equals("math")) {
			return "$$\n" + unwrapMath(value.text("text/latex").orElse("")) + "\n$$";
		}
		if (value.image().isPresent()) {
			return "![](" + value.image().get() + ")";
		}
		if (value.text("text/html").isPresent()) {
			return NotebookOutputs.htmlOutput(value.text("text/html").get());
		}
		return NotebookOutputs.textOutput("notebook-result", value.text("text/plain").orElse(""));
	}

	private String roles(String text, int line) {
		if (!text.contains("{glue")) {
			return text;
		}
		Matcher role = ROLE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (role.find()) {
			String kind = role.group(1) == null ? "any" : role.group(1);
			String content = role.group(3).strip();
			String name = kind.equals("text") && content.contains(":") ? content.substring(0, content.indexOf(':')) : content;
			Optional<Glued> value = find(name, line);
			String pasted = value.map(found -> inline(found, kind, content)).orElse(escape(name));
			role.appendReplacement(out, Matcher.quoteReplacement(pasted));
		}
		role.appendTail(out);
		return out.toString();
	}

	private static String inline(Glued value, String kind, String content) {
		return switch (kind) {
			case "md" -> value.text("text/markdown").orElse("").strip();
			case "math" -> "$" + unwrapMath(value.text("text/latex").orElse("")) + "$";
			case "text" -> escape(formatted(value.text("text/plain").orElse(""),
					content.contains(":") ? content.substring(content.indexOf(':') + 1) : ""));
			default -> value.image().map(image -> "![](" + image + ")")
				.orElseGet(() -> escape(value.text("text/plain").orElse("")));
		};
	}

	private Optional<Glued> find(String name, int line) {
		Optional<Glued> value = Optional.ofNullable(glued.get(name));
		if (value.isEmpty()) {
			problems.warning(path, line, "problem.glue.missing", name);
		}
		return value;
	}

	/**
	 * A number as Python's format spec writes it: {@code .2f}, {@code ,.0f}, {@code .1%}, {@code .3e},
	 * {@code d}; text that is no number, or a spec beyond these, as saved.
	 */
	static String formatted(String saved, String spec) {
		Matcher format = FORMAT.matcher(spec.strip());
		String number = saved.strip();
		if (spec.isBlank() || !format.matches()) {
			return saved;
		}
		BigDecimal value;
		try {
			value = new BigDecimal(number);
		}
		catch (NumberFormatException ex) {
			return saved;
		}
		boolean grouped = format.group(1) != null;
		int precision = format.group(2) == null ? 6 : Integer.parseInt(format.group(2));
		String type = format.group(3) == null ? "g" : format.group(3);
		String flags = grouped ? "," : "";
		return switch (type) {
			case "f" -> String.format(Locale.ROOT, "%" + flags + "." + precision + "f", value);
			case "%" -> String.format(Locale.ROOT, "%" + flags + "." + precision + "f", value.movePointRight(2)) + "%";
			case "e" -> String.format(Locale.ROOT, "%." + precision + "e", value);
			case "d" -> String.format(Locale.ROOT, "%" + flags + "d", value.toBigInteger());
			default -> format.group(2) == null ? number
					: value.round(new MathContext(Math.max(1, precision))).stripTrailingZeros().toPlainString();
		};
	}

	/** A formula as myst-nb's text/latex has it, with or without its dollars. */
	private static String unwrapMath(String latex) {
		return latex.strip().replaceAll("^\\$\\$?|\\$\\$?$", "").strip();
	}

	/** Text pasted into Markdown stays text: its Markdown characters are escaped. */
	private static String escape(String text) {
		return text.strip().replaceAll("([\\\\`*_\\[\\]<>{}#|$~])", "\\\\$1").replace("\n", " ");
	}
}
