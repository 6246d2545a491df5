package io.lectern.quiz.internal;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The migration that keeps quiz versions, run on H2 over attempts written the old way. */
@SpringBootTest
class AttemptsFromBeforeVersionsOnH2Test extends AttemptsFromBeforeVersions {

	private static final String URL = "jdbc:h2:mem:attempts-before-versions;DB_CLOSE_DELAY=-1";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		writeTheOldWay(URL, "sa", "");
		registry.add("spring.datasource.url", () -> URL);
	}
}
