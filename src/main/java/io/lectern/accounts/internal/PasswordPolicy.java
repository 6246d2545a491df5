package io.lectern.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSourceResolvable;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: 8 to 128 characters, and not one of the 20,000 most common
 * passwords (a list bundled in the jar, compared without regard to case). Length is counted in
 * characters as a person sees them, not bytes; Argon2 hashes the whole password, so the 72-byte
 * cut-off of bcrypt does not apply.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 8;
	public static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("/accounts/common-passwords.txt");
	}

	/** Why the password is refused, or empty when it may be used. */
	public Optional<MessageSourceResolvable> problemWith(String password) {
		int length = password == null ? 0 : password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of(AccountWords.problem("account.problem.passwordShort", MIN_LENGTH));
		}
		if (length > MAX_LENGTH) {
			return Optional.of(AccountWords.problem("account.problem.passwordLong", MAX_LENGTH));
		}
		if (common.contains(password.toLowerCase(Locale.ROOT))) {
			return Optional.of(AccountWords.problem("account.problem.passwordCommon"));
		}
		return Optional.empty();
	}

	private static Set<String> load(String resource) {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The list of common passwords is missing from the jar: " + resource);
			}
			Set<String> passwords = new HashSet<>(32_768);
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (!line.isEmpty() && !line.startsWith("#")) {
					passwords.add(line);
				}
			}
			return Set.copyOf(passwords);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
