package io.lectern.production;

import io.lectern.quiz.internal.AttemptsFromBeforeVersions;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The migration that keeps quiz versions, run on PostgreSQL over attempts written the old way. */
@SpringBootTest
@ActiveProfiles("postgres")
// Closed while the embedded server still runs, as PostgresPortalTest explains.
@DirtiesContext
class AttemptsFromBeforeVersionsOnPostgresTest extends AttemptsFromBeforeVersions {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Map<String, String> database = Postgres.newDatabase();
		writeTheOldWay(database.get("LECTERN_DB_URL"), database.get("LECTERN_DB_USER"), database.get("LECTERN_DB_PASSWORD"));
		database.forEach((name, value) -> registry.add(name, () -> value));
	}
}
