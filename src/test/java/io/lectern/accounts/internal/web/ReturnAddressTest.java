package io.lectern.accounts.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReturnAddressTest {

	@Test
	void onlyPathsOnThisSiteAreKept() {
		assertThat(ReturnAddress.of("/quizzes/final-exam?x=1")).contains("/quizzes/final-exam?x=1");
		assertThat(ReturnAddress.of("/me")).contains("/me");
		for (String away : new String[] { "//evil.example", "/\\evil.example", "https://evil.example/", "evil", "",
				"javascript:alert(1)", "/ok\r\nSet-Cookie: x=1", "/a\\b", null, "/" + "x".repeat(500) }) {
			assertThat(ReturnAddress.of(away)).as(String.valueOf(away)).isEmpty();
		}
		assertThat(ReturnAddress.orHome("//evil.example")).isEqualTo("/me");
	}
}
