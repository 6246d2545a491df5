package io.lectern.quiz.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An attempt's answers and its grades, each one JSON object by question id in a column of the
 * attempt's own row (migration V26): an answer as {@link ResponseCodec} writes it, a grade as the
 * fraction of the question's points it earned. One row read or written per attempt, however many
 * questions it has.
 */
final class AnswerSheet {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, String>> ANSWERS = new TypeReference<>() {
	};

	private static final TypeReference<LinkedHashMap<String, Double>> GRADES = new TypeReference<>() {
	};

	private AnswerSheet() {
	}

	static String write(Map<String, ?> byQuestion) {
		return JSON.writeValueAsString(byQuestion);
	}

	static Map<String, String> answers(String json) {
		return JSON.readValue(json, ANSWERS);
	}

	/** Each graded question's fraction; none for an attempt not yet submitted (null). */
	static Map<String, Double> grades(String json) {
		return json == null ? Map.of() : JSON.readValue(json, GRADES);
	}
}
