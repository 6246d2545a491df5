package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.content.internal.render.LessonHtmlPolicy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The Markdown for a code cell's outputs, one representation each, the richest Jupyter would show:
 * an image, else HTML, else plain text. Everything but images is written as a single HTML block
 * without blank lines, because a blank line would end the block and hand the rest to Markdown.
 */
final class NotebookOutputs {

	/** Colours and cursor moves in tracebacks and logs: CSI sequences and OSC strings. */
	private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(\u0007|\u001B\\\\)?");
	private static final Pattern BLANK_LINE = Pattern.compile("(?m)^[ \t]*$");

	private final String path;
	private final Problems problems;
	private final Map<String, byte[]> images = new LinkedHashMap<>();

	NotebookOutputs(String path, Problems problems) {
		this.path = path;
		this.problems = problems;
	}

	/** Decoded output images by content path, named after the notebook, cell and output. */
	Map<String, byte[]> images() {
		return images;
	}

	/** @return the output's Markdown followed by a blank line, or empty when there is nothing to show */
	Optional<String> markdown(Notebook.Cell cell, int number, JsonNode output) {
		String type = output.path("output_type").asString("");
		JsonNode data = output.path("data");
		String prompt = type.equals("execute_result") ? "<p class=\"notebook-prompt\">Out[" + cell.executionCount() + "]:</p>" : "";
		if (type.equals("stream")) {
			String stream = output.path("name").asString("stdout").equals("stderr") ? "stderr" : "stdout";
			return Optional.of(block("notebook-" + stream, preformatted(Notebook.text(output.path("text")))));
		}
		if (type.equals("error")) {
			String traceback = String.join("\n", output.path("traceback").values().stream().map(line -> line.asString("")).toList());
			return Optional.of(block("notebook-error", "<p class=\"notebook-error-name\"><strong>"
					+ plain(output.path("ename").asString("Error")) + "</strong>: " + plain(output.path("evalue").asString(""))
					+ "</p>" + preformatted(traceback)));
		}
		for (String mime : new String[] { "image/png", "image/jpeg" }) {
			if (data.has(mime)) {
				return image(cell, number, mime, Notebook.text(data.path(mime)), prompt);
			}
		}
		if (data.has("text/html")) {
			return Optional.of(block("notebook-html", prompt + "\n" + html(Notebook.text(data.path("text/html"))) + "\n"));
		}
		if (data.has("text/plain")) {
			return Optional.of(block("notebook-result", prompt + preformatted(Notebook.text(data.path("text/plain")))));
		}
		return Optional.empty();
	}

	private Optional<String> image(Notebook.Cell cell, int number, String mime, String base64, String prompt) {
		return imageFile(cell, number, mime, base64).map(file -> "<div class=\"notebook-output notebook-image\">" + prompt
				+ "\n\n![Output of cell " + cell.number() + "](" + file + ")\n\n</div>\n\n");
	}

	/**
	 * Keeps an output image as a file of the notebook's and gives its path relative to the notebook:
	 * below the notebook itself, where no real file can live, so it resolves like any image a lesson
	 * shows. Empty, and reported, when the image does not decode.
	 */
	Optional<String> imageFile(Notebook.Cell cell, int number, String mime, String base64) {
		byte[] bytes;
		try {
			bytes = Base64.getMimeDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			problems.error(path, cell.line(), "problem.notebook.image", number, cell.number(),
					ex.getMessage());
			return Optional.empty();
		}
		String name = "cell-" + cell.number() + "-output-" + number + (mime.equals("image/png") ? ".png" : ".jpg");
		images.put(path + "/" + name, bytes);
		String file = URLEncoder.encode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8).replace("+", "%20");
		return Optional.of(file + "/" + name);
	}

	/** An HTML output through the lesson allowlist, without the blank lines that would end its block. */
	static String html(String html) {
		return BLANK_LINE.matcher(LessonHtmlPolicy.sanitize(html)).replaceAll("<!-- -->");
	}

	/** An HTML output as a notebook's output shows it, a block of its own. */
	static String htmlOutput(String html) {
		return block("notebook-html", "\n" + html(html) + "\n").strip();
	}

	/** Saved text output as a notebook's output shows it, on one line; {@code kind} is its class (notebook-stdout ...). */
	static String textOutput(String kind, String text) {
		return block(kind, preformatted(text)).strip();
	}

	private static String block(String kind, String html) {
		return "<div class=\"notebook-output " + kind + "\">" + html + "</div>\n\n";
	}

	/** Newlines become character references, which keeps the block on one line and so free of blank ones. */
	private static String preformatted(String text) {
		return "<pre>" + plain(text).replace("\r\n", "&#10;").replace("\n", "&#10;") + "</pre>";
	}

	/** Text for HTML, without the terminal's escape codes, which a page cannot show. */
	private static String plain(String text) {
		return escape(ANSI.matcher(text).replaceAll(""));
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
