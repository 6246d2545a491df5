package io.lectern.content.internal.git;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The git settings that would let a secret leak are refused before anything is fetched. */
class GitPropertiesTest {

	@Test
	void aTokenIsNeverSentOverPlainHttp() {
		assertThatIllegalStateException().isThrownBy(() -> settings("http://git.example.org/course.git", "/run/secrets/token").validate())
			.withMessageContaining("https://");
		assertThatCode(() -> settings("https://git.example.org/course.git", "/run/secrets/token").validate()).doesNotThrowAnyException();
		assertThatCode(() -> settings("http://git.example.org/course.git", "").validate())
			.as("a public repository over http sends no secret").doesNotThrowAnyException();
	}

	@Test
	void aTokenWrittenIntoTheAddressIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> settings("https://deployer:s3cret@git.example.org/course.git", "").validate())
			.withMessageContaining("token-file");
	}

	private static GitProperties settings(String url, String tokenFile) {
		return new GitProperties(url, "main", "", Duration.ofMinutes(1), Duration.ofSeconds(10), "", tokenFile, "", "");
	}
}
