package io.lectern.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void lengthIsCountedInCharactersFrom8To128() {
		assertThat(policy.problemWith("seven77")).contains("Use at least 8 characters.");
		assertThat(policy.problemWith("eight888 zx")).isEmpty();
		assertThat(policy.problemWith("é".repeat(128))).as("256 bytes, 128 characters").isEmpty();
		assertThat(policy.problemWith("x".repeat(129))).contains("Use at most 128 characters.");
		assertThat(policy.problemWith(null)).isPresent();
	}

	@Test
	void commonPasswordsAreRefusedWhateverTheirCase() {
		assertThat(policy.problemWith("password1")).hasValueSatisfying(problem -> assertThat(problem).contains("most common"));
		assertThat(policy.problemWith("IloveYou")).isPresent();
		assertThat(policy.problemWith("qwertyuiop")).isPresent();
		assertThat(policy.problemWith("lectern reads markdown")).isEmpty();
	}
}
