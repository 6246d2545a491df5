package io.lectern.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write the default H2 database has committed is still there after the process is killed with SIGKILL. */
class KillNineDurabilityTest {

	@TempDir
	Path dir;

	@Test
	void aCommittedWriteSurvivesKillNine() throws Exception {
		String url = configuredUrl().replace("./data/lectern", dir.resolve("lectern").toString());
		Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), CommitThenHang.class.getName(), url)
			.redirectErrorStream(true)
			.start();
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
			assertThat(output.readLine()).isEqualTo("COMMITTED");
		}
		writer.destroyForcibly();
		assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();

		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				ResultSet row = connection.createStatement().executeQuery("SELECT id FROM survivor")) {
			assertThat(row.next()).isTrue();
			assertThat(row.getInt(1)).isEqualTo(42);
		}
	}

	private static String configuredUrl() throws Exception {
		Properties properties = new Properties();
		try (InputStream in = KillNineDurabilityTest.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		String url = properties.getProperty("spring.datasource.url");
		assertThat(url).startsWith("jdbc:h2:file:./data/lectern").contains("WRITE_DELAY=0");
		return url;
	}
}
