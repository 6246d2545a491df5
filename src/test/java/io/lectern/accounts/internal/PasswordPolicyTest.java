package io.lectern.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.i18n.InterfaceMessages;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

	private static final InterfaceMessages MESSAGES = new InterfaceMessages();

	private final PasswordPolicy policy = new PasswordPolicy();

	/** The refusal as an English reader reads it. */
	private Optional<String> problemWith(String password) {
		return policy.problemWith(password).map(problem -> MESSAGES.getMessage(problem, Locale.ENGLISH));
	}

	@Test
	void lengthIsCountedInCharactersFrom8To128() {
		assertThat(problemWith("seven77")).contains("Use at least 8 characters.");
		assertThat(problemWith("eight888 zx")).isEmpty();
		assertThat(problemWith("é".repeat(128))).as("256 bytes, 128 characters").isEmpty();
		assertThat(problemWith("x".repeat(129))).contains("Use at most 128 characters.");
		assertThat(problemWith(null)).isPresent();
	}

	@Test
	void commonPasswordsAreRefusedWhateverTheirCase() {
		assertThat(problemWith("password1")).hasValueSatisfying(problem -> assertThat(problem).contains("most common"));
		assertThat(problemWith("IloveYou")).isPresent();
		assertThat(problemWith("qwertyuiop")).isPresent();
		assertThat(problemWith("lectern reads markdown")).isEmpty();
	}
}
