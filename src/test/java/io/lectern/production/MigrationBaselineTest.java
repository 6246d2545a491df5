package io.lectern.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateOutput;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A new database gets its schema from the baseline script (B26), every other from the versioned
 * migrations it has not had yet. Both ways must give the same schema, on H2 and on PostgreSQL: the
 * same tables, columns (type, size, nullability, default, order), primary and foreign keys, indexes
 * and named checks. Names the database makes up for unnamed constraints are not compared.
 */
class MigrationBaselineTest {

	@Test
	void anEmptyH2DatabaseRunsTheBaselineAndGetsTheSchemaOfTheVersionedMigrations() throws Exception {
		compare(() -> h2("baseline"), () -> h2("versioned"));
	}

	@Test
	void anEmptyPostgresDatabaseRunsTheBaselineAndGetsTheSchemaOfTheVersionedMigrations() throws Exception {
		compare(Postgres::newConnection, Postgres::newConnection);
	}

	private static void compare(Callable<Connection> first, Callable<Connection> second) throws Exception {
		try (Connection baseline = first.call(); Connection versioned = second.call()) {
			List<MigrateOutput> ran = Flyway.configure().dataSource(new SingleConnectionDataSource(baseline, true)).load()
				.migrate().migrations;
			DatabaseFromBefore.versionedMigrations(new SingleConnectionDataSource(versioned, true)).load().migrate();

			assertThat(ran).as("what a new database ran").extracting(each -> each.type, each -> each.version)
				.contains(tuple("SQL_BASELINE", "26"));
			assertThat(ran).as("no versioned migration up to the baseline's").noneMatch(each -> each.type.equals("SQL")
					&& MigrationVersion.fromVersion(each.version).compareTo(MigrationVersion.fromVersion("26")) <= 0);
			Schema fromBaseline = Schema.of(baseline);
			Schema fromVersions = Schema.of(versioned);
			assertThat(fromBaseline.tables()).isNotEmpty();
			assertThat(fromBaseline.tables().keySet()).isEqualTo(fromVersions.tables().keySet());
			fromVersions.tables().forEach((table, description) -> assertThat(fromBaseline.tables().get(table)).as(table)
				.containsExactlyElementsOf(description));
			assertThat(fromBaseline.checks()).isEqualTo(fromVersions.checks());
		}
	}

	private static Connection h2(String name) throws SQLException {
		return DriverManager.getConnection("jdbc:h2:mem:" + name + "-" + System.nanoTime(), "sa", "");
	}

	/** A schema as JDBC's metadata describes it, each table as lines of text that compare as a whole. */
	private record Schema(SortedMap<String, List<String>> tables, SortedSet<String> checks) {

		static Schema of(Connection connection) throws SQLException {
			DatabaseMetaData meta = connection.getMetaData();
			String schema = connection.getSchema();
			SortedMap<String, List<String>> tables = new TreeMap<>();
			try (ResultSet each = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
				while (each.next()) {
					String table = each.getString("TABLE_NAME");
					if (!table.equalsIgnoreCase("flyway_schema_history")) {
						tables.put(table.toLowerCase(Locale.ROOT), describe(meta, schema, table));
					}
				}
			}
			SortedSet<String> checks = new TreeSet<>();
			try (ResultSet each = connection.createStatement().executeQuery(
					"SELECT constraint_name, check_clause FROM information_schema.check_constraints")) {
				while (each.next()) {
					String name = each.getString(1).toLowerCase(Locale.ROOT);
					if (name.startsWith("ck_")) {
						checks.add(name + " " + each.getString(2).replaceAll("\\s+", " "));
					}
				}
			}
			return new Schema(tables, checks);
		}

		private static List<String> describe(DatabaseMetaData meta, String schema, String table) throws SQLException {
			List<String> lines = new ArrayList<>();
			try (ResultSet column = meta.getColumns(null, schema, table, "%")) {
				while (column.next()) {
					lines.add("column " + column.getInt("ORDINAL_POSITION") + " " + column.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)
							+ " " + column.getString("TYPE_NAME") + "(" + column.getInt("COLUMN_SIZE") + ")"
							+ " nullable=" + column.getString("IS_NULLABLE") + " default=" + column.getString("COLUMN_DEF")
							+ " generated=" + column.getString("IS_AUTOINCREMENT"));
				}
			}
			SortedSet<String> keys = new TreeSet<>();
			try (ResultSet key = meta.getPrimaryKeys(null, schema, table)) {
				while (key.next()) {
					keys.add("primary key " + key.getShort("KEY_SEQ") + " " + key.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
				}
			}
			try (ResultSet key = meta.getImportedKeys(null, schema, table)) {
				while (key.next()) {
					keys.add("foreign key " + key.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT) + " -> "
							+ key.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT) + "." + key.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)
							+ " on delete " + key.getShort("DELETE_RULE") + named(key.getString("FK_NAME")));
				}
			}
			SortedMap<String, List<String>> indexes = new TreeMap<>();
			try (ResultSet index = meta.getIndexInfo(null, schema, table, false, false)) {
				while (index.next()) {
					String name = index.getString("INDEX_NAME");
					if (name != null) {
						indexes.computeIfAbsent(name, ignored -> new ArrayList<>())
							.add((index.getBoolean("NON_UNIQUE") ? "" : "unique ") + index.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
					}
				}
			}
			indexes.forEach((name, columns) -> keys.add("index " + columns + named(name)));
			lines.addAll(keys);
			return lines;
		}

		/**
		 * The names we gave (ix_, uq_, fk_, Spring Session's); none for those the database made up, and
		 * without the counter H2 adds to the index behind a named constraint (uq_account_username_index_a).
		 */
		private static String named(String name) {
			String lower = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceFirst("_index_[0-9a-z]+$", "");
			return lower.matches("(ix|uq|fk|ck)_.*|spring_session.*") ? " " + lower : "";
		}
	}
}
