package io.lectern.authoring.internal;

import io.lectern.authoring.QuizId;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link QuizId} as its bare text, so that an entity can hold the typed id while the
 * column, and every row written before the type existed, stays as it was. Applied to every
 * attribute of that type: the text is the only way a quiz id is ever stored.
 */
@Converter(autoApply = true)
public class QuizIdColumn implements AttributeConverter<QuizId, String> {

	@Override
	public String convertToDatabaseColumn(QuizId id) {
		return id == null ? null : id.value();
	}

	@Override
	public QuizId convertToEntityAttribute(String text) {
		return text == null ? null : QuizId.of(text);
	}
}
