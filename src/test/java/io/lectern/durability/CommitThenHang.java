package io.lectern.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a separate JVM by {@link KillNineDurabilityTest}: commits one row through the given JDBC
 * URL, says so, and then waits to be killed.
 */
public final class CommitThenHang {

	public static void main(String[] args) throws Exception {
		try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE survivor (id INT PRIMARY KEY)");
				statement.execute("INSERT INTO survivor VALUES (42)");
			}
			connection.commit();
			System.out.println("COMMITTED");
			System.out.flush();
			Thread.sleep(60_000);
		}
	}
}
