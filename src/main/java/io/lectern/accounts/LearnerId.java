package io.lectern.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A learner as every module keys its records: the account's public id (a UUID), never the user
 * name, which its owner may change. It is written and read as the bare text, in JSON and in the
 * database alike, so records and events stored before it was a type read the same.
 */
public record LearnerId(@JsonValue String value) implements Comparable<LearnerId> {

	/** The width of the learner columns: a UUID's 36 characters. */
	static final int LONGEST = 36;

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public LearnerId {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A learner id cannot be blank");
		}
		if (value.length() > LONGEST || value.chars().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException("A learner id has at most " + LONGEST + " characters and no spaces: " + value);
		}
	}

	public static LearnerId of(String value) {
		return new LearnerId(value);
	}

	@Override
	public int compareTo(LearnerId other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value;
	}
}
