package io.lectern.production;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * A database as a portal of an earlier version left it, for the tests of a migration that changes
 * rows written then. Such a database got its schema from the versioned migrations: the baseline
 * script (B26), which a new database runs instead of them, skips the versions the test needs.
 */
public final class DatabaseFromBefore {

	/** A prefix no file has: Flyway then sees no baseline and runs every versioned migration. */
	private static final Map<String, String> VERSIONED_ONLY = Map.of("flyway.baselineMigrationPrefix", "NOT_A_BASELINE_");

	private DatabaseFromBefore() {
	}

	/** Flyway on this database, with the versioned migrations only. */
	public static FluentConfiguration versionedMigrations(DataSource database) {
		return Flyway.configure().configuration(VERSIONED_ONLY).dataSource(database);
	}

	/** Migrates an empty database to the last version before this one, whichever that is once other branches have added theirs. */
	public static void migrateToJustBefore(DataSource database, String version) {
		MigrationVersion before = Arrays.stream(versionedMigrations(database).load().info().all())
			.map(MigrationInfo::getVersion)
			.filter(each -> each.compareTo(MigrationVersion.fromVersion(version)) < 0)
			.max(Comparator.naturalOrder())
			.orElseThrow();
		versionedMigrations(database).target(before).load().migrate();
	}
}
