package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.content.internal.render.myst.CellTags;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Writes a notebook as one Markdown document, so that it renders exactly like a Markdown lesson
 * (links, images, admonitions, headings, outline, reading time): Markdown cells as they are, code
 * cells as fenced code under their {@code In [n]:} prompt, outputs after them.
 */
final class NotebookMarkdown {

	private static final Pattern BACKTICKS = Pattern.compile("`+");
	private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_+-]+");

	private final String language;
	private final NotebookOutputs outputs;
	private final NotebookGlue glue;
	private final StringBuilder markdown = new StringBuilder();
	private final TreeMap<Integer, Integer> cellLineByBodyLine = new TreeMap<>();
	private int lines = 1;

	private NotebookMarkdown(String path, Notebook notebook, Problems problems) {
		this.language = language(notebook);
		this.outputs = new NotebookOutputs(path, problems);
		this.glue = NotebookGlue.of(path, notebook, outputs, problems);
	}

	/**
	 * The Markdown written from a notebook.
	 *
	 * @param cellLineByBodyLine for the first line of each cell's Markdown, the line of the notebook the cell starts on
	 * @param images output images by content path
	 */
	record Written(String body, TreeMap<Integer, Integer> cellLineByBodyLine, Map<String, byte[]> images) {

		/** The line of the notebook that a line of the body (1-based) came from. */
		int fileLine(int bodyLine) {
			Map.Entry<Integer, Integer> cell = cellLineByBodyLine.floorEntry(bodyLine);
			return cell == null ? 1 : cell.getValue();
		}
	}

	static Written write(String path, Notebook notebook, Problems problems) {
		NotebookMarkdown writer = new NotebookMarkdown(path, notebook, problems);
		notebook.cells().stream().filter(cell -> !CellTags.removesCell(cell::tagged)).forEach(writer::cell);
		return new Written(writer.markdown.toString(), writer.cellLineByBodyLine, writer.outputs.images());
	}

	private void cell(Notebook.Cell cell) {
		cellLineByBodyLine.put(lines, cell.line());
		if (cell.type().equals("markdown")) {
			append(glue.paste(cell.source(), cell.line()).stripTrailing() + "\n\n");
		}
		else if (cell.type().equals("code")) {
			code(cell);
		}
		// Raw cells are for other tools (front matter, LaTeX), and Jupyter does not show them either.
	}

	private void code(Notebook.Cell cell) {
		boolean input = !cell.source().isBlank() && !CellTags.removesInput(cell::tagged);
		// Jupyter Book folds a hide-input cell's code away behind a toggle rather than removing it.
		boolean folded = CellTags.hidesInput(cell::tagged);
		Collection<JsonNode> results = cell.tagged("remove-output") ? List.of() : cell.json().path("outputs").values();
		// A glued output shows where the text pastes it, not in its cell.
		boolean shows = results.stream().anyMatch(output -> NotebookGlue.nameOf(output).isEmpty());
		if (!input && !shows) {
			return;
		}
		// Blank lines around every piece: each HTML block ends at one, and the code between is Markdown.
		append("<div class=\"notebook-cell\">\n\n");
		if (input) {
			String fence = fence(cell.source());
			if (folded) {
				append(CellTags.FOLDED_CODE + "\n\n");
			}
			append("<p class=\"notebook-prompt\">In [" + cell.executionCount() + "]:</p>\n\n");
			append(fence + language + "\n" + cell.source().stripTrailing() + "\n" + fence + "\n\n");
			if (folded) {
				append("</details>\n\n");
			}
		}
		int number = 0;
		for (JsonNode output : results) {
			number++;
			if (NotebookGlue.nameOf(output).isEmpty()) {
				outputs.markdown(cell, number, output).ifPresent(this::append);
			}
		}
		append("</div>\n\n");
	}

	private void append(String text) {
		markdown.append(text);
		lines += (int) text.chars().filter(c -> c == '\n').count();
	}

	/** A fence longer than any run of backticks in the code, so that the code cannot close it. */
	private static String fence(String code) {
		int longest = 2;
		Matcher run = BACKTICKS.matcher(code);
		while (run.find()) {
			longest = Math.max(longest, run.group().length());
		}
		return "`".repeat(longest + 1);
	}

	/** The kernel's language names the highlighting, as in Jupyter's own front end. */
	private static String language(Notebook notebook) {
		JsonNode metadata = notebook.metadata();
		String kernel = metadata.path("kernelspec").path("language").asString("");
		String name = kernel.isEmpty() ? metadata.path("language_info").path("name").asString("") : kernel;
		return LANGUAGE.matcher(name).matches() ? name.toLowerCase(Locale.ROOT) : "";
	}
}
