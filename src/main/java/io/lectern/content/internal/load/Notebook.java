package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Jupyter notebook (nbformat 4) read from its JSON. Each cell keeps the line of the file it starts
 * on, so that a problem found while rendering the cell can be reported near it.
 *
 * @param metadata the notebook's {@code metadata} object, a missing node when it has none
 */
record Notebook(JsonNode metadata, List<Cell> cells) {

	private static final Set<String> CELL_TYPES = Set.of("markdown", "code", "raw");

	/**
	 * @param number the cell's 1-based position in the file, counting every cell, so that names
	 *     derived from it stay the same when tags hide other cells
	 * @param line the line of the file on which the cell's JSON object starts
	 */
	record Cell(int number, int line, String type, JsonNode json) {

		/** nbformat writes multi-line text either as one string or as a list of lines. */
		String source() {
			return text(json.path("source"));
		}

		/** What Jupyter shows between the brackets of {@code In [3]:}; a blank for a cell that never ran. */
		String executionCount() {
			JsonNode count = json.path("execution_count");
			return count.isNumber() ? count.asString() : " ";
		}

		boolean tagged(String tag) {
			return StreamSupport.stream(json.path("metadata").path("tags").spliterator(), false)
				.anyMatch(node -> node.asString("").equals(tag));
		}
	}

	static String text(JsonNode node) {
		if (node.isArray()) {
			StringBuilder joined = new StringBuilder();
			node.values().forEach(part -> joined.append(part.asString("")));
			return joined.toString();
		}
		return node.asString("");
	}

	/** Reports a problem and returns empty for invalid JSON, another nbformat or a cell of an unknown type. */
	static Optional<Notebook> parse(String path, String text, Problems problems) {
		JsonNode metadata = null;
		JsonNode nbformat = null;
		List<Cell> cells = new ArrayList<>();
		// Streaming, rather than reading a tree, is what tells on which line each cell starts.
		try (JsonParser parser = JsonMapper.shared().createParser(text)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				problems.error(path, 1, "problem.notebook.notObject");
				return Optional.empty();
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if (name.equals("cells") && value == JsonToken.START_ARRAY) {
					while (parser.nextToken() != JsonToken.END_ARRAY) {
						int line = parser.currentTokenLocation().getLineNr();
						JsonNode cell = parser.readValueAsTree();
						cells.add(new Cell(cells.size() + 1, line, cell.path("cell_type").asString(""), cell));
					}
				}
				else if (name.equals("metadata")) {
					metadata = parser.readValueAsTree();
				}
				else if (name.equals("nbformat")) {
					nbformat = parser.readValueAsTree();
				}
				else {
					parser.skipChildren();
				}
			}
		}
		catch (JacksonException ex) {
			int line = ex.getLocation() == null ? 1 : ex.getLocation().getLineNr();
			problems.error(path, line, "problem.notebook.json", ex.getOriginalMessage());
			return Optional.empty();
		}
		if (nbformat == null || nbformat.asInt(0) != 4) {
			if (nbformat == null) {
				problems.error(path, 1, "problem.notebook.formatUnknown");
			}
			else {
				problems.error(path, 1, "problem.notebook.format", nbformat.asString());
			}
			return Optional.empty();
		}
		boolean known = true;
		for (Cell cell : cells) {
			if (!CELL_TYPES.contains(cell.type())) {
				problems.error(path, cell.line(), "problem.notebook.cellType", cell.number(), cell.type());
				known = false;
			}
		}
		return known ? Optional.of(new Notebook(metadata == null ? JsonMapper.shared().missingNode() : metadata, cells))
				: Optional.empty();
	}
}
