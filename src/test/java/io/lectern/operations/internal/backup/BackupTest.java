package io.lectern.operations.internal.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.Browser;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An admin backs up the H2 file database while the portal runs; the zip restores, with H2's own
 * restore tool, into a database that has everything the portal had written.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "lectern.admin.username=backup-admin", "lectern.admin.password=" + Browser.PASSWORD })
class BackupTest {

	private static final Path FOLDER = temporaryFolder();

	@DynamicPropertySource
	static void fileDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + FOLDER.resolve("data/lectern") + ";WRITE_DELAY=0");
		registry.add("lectern.backup.dir", () -> FOLDER.resolve("backups").toString());
	}

	@LocalServerPort
	int port;

	@Test
	void anAdminBacksUpTheDatabaseAndTheZipRestoresWithTheLearnersInIt() throws Exception {
		Browser learner = Browser.newLearner(port);
		Browser admin = new Browser(port);
		admin.logIn("backup-admin", Browser.PASSWORD);

		admin.get("/admin/backups");
		HttpResponse<String> made = admin.submit("/admin/backups");
		assertThat(Browser.location(made)).isEqualTo("/admin/backups");
		String page = admin.get("/admin/backups").body();
		Matcher link = Pattern.compile("href=\"/admin/backups/(lectern-[0-9-]+\\.zip)\"").matcher(page);
		assertThat(link.find()).as("a link to the new backup in " + page).isTrue();
		String name = link.group(1);
		assertThat(page).contains("Backup " + name + " written.", "1 backup in ");
		HttpResponse<String> download = admin.get("/admin/backups/" + name);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				value -> assertThat(value).contains("attachment", name));

		Path restored = FOLDER.resolve("restored");
		Restore.execute(FOLDER.resolve("backups").resolve(name).toString(), restored.toString(), "lectern");
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("lectern"), "sa", "");
				ResultSet accounts = connection.createStatement().executeQuery("SELECT COUNT(*) FROM account")) {
			accounts.next();
			assertThat(accounts.getInt(1)).as("the admin and the learner").isEqualTo(2);
		}
		assertThat(learner.get("/admin/backups").statusCode()).isEqualTo(403);
		assertThat(learner.submit("/admin/backups").statusCode()).isEqualTo(403);
	}

	@Test
	void onlyBackupFilesCanBeDownloaded() {
		Browser admin = new Browser(port);
		admin.logIn("backup-admin", Browser.PASSWORD);

		assertThat(admin.get("/admin/backups/lectern-20990101-000000.zip").statusCode()).isEqualTo(404);
		assertThat(admin.get("/admin/backups/..%2Fdata%2Flectern.mv.db").statusCode()).isIn(400, 404);
		assertThat(new Browser(port).get("/admin/backups").statusCode()).isEqualTo(302);
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("lectern-backup-test");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
