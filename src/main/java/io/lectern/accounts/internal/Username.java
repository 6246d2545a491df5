package io.lectern.accounts.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A username as stored: trimmed, lower case, 3 to 40 letters, digits, dots, dashes or underscores. */
public record Username(String value) {

	static final String RULE = "3 to 40 characters: letters, digits, dots, dashes and underscores, starting with a letter or digit";

	private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

	/** The username a person typed, if it follows the rule; case does not matter. */
	public static Optional<Username> parse(String typed) {
		String value = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
		return ALLOWED.matcher(value).matches() ? Optional.of(new Username(value)) : Optional.empty();
	}
}
