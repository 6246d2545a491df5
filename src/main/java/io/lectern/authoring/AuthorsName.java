package io.lectern.authoring;

/**
 * The rule every name an author gives (a course's slug, a lesson's slug, a quiz's id) keeps, so
 * that it can be stored in a 200-character column and written into one segment of a URL.
 */
final class AuthorsName {

	static final int LONGEST = 200;

	private AuthorsName() {
	}

	/** Whether text from a URL or a form could be such a name at all. */
	static boolean fits(String value) {
		return value != null && !value.isBlank() && value.length() <= LONGEST
				&& value.chars().noneMatch(c -> c == '/' || Character.isISOControl(c));
	}

	/** The value itself, or why it cannot name a {@code kind}. */
	static String checked(String kind, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A " + kind + " cannot be blank");
		}
		if (value.length() > LONGEST) {
			throw new IllegalArgumentException("A " + kind + " has at most " + LONGEST + " characters: " + value.substring(0, 40) + "…");
		}
		if (value.chars().anyMatch(c -> c == '/' || Character.isISOControl(c))) {
			throw new IllegalArgumentException("A " + kind + " cannot hold a slash or a line break: " + value);
		}
		return value;
	}
}
