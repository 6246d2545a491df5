package io.lectern.quiz.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** An attempt's question ids, in the order shown, as a JSON array in one column: read with the attempt, in no extra query. */
@Converter
class QuestionList implements AttributeConverter<List<String>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<String>> IDS = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(List<String> questionIds) {
		return JSON.writeValueAsString(questionIds);
	}

	@Override
	public List<String> convertToEntityAttribute(String json) {
		return List.copyOf(JSON.readValue(json, IDS));
	}
}
