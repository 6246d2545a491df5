package io.lectern.progress.internal.mastery;

import java.util.List;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code results} column of {@code graded_answers}: the answers given together, each question's
 * id, the fraction of its points earned and its topic tags, as a JSON array in the order the
 * questions were shown. Public for a program that writes a large database with plain JDBC (the
 * bench's progress seeder), which must write what the portal reads.
 */
public final class ResultsColumn {

	/** One question's result in a set of graded answers. */
	public record Result(String question, double fraction, List<String> topics) {

		public Result {
			topics = List.copyOf(topics);
		}
	}

	private static final TypeReference<List<Result>> RESULTS = new TypeReference<>() {
	};

	// V28 moved the rows earlier versions wrote with SQL's own string functions, which escape the
	// characters ids and tags hold (quotes, backslashes, tabs, line breaks) but no other control
	// character: reading tolerates one rather than losing a learner's results over it.
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
		.build();

	private ResultsColumn() {
	}

	public static String write(List<Result> results) {
		return JSON.writeValueAsString(results);
	}

	public static List<Result> read(String column) {
		return JSON.readValue(column, RESULTS);
	}
}
