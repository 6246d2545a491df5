package io.lectern.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.Browser;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request that asks for a second database connection while it holds one deadlocks the pool as
 * soon as as many such requests run at once as the pool has connections: each waits for one that
 * only the others could give back. Here the test holds one of the pool's two connections itself, so
 * such a request fails alone (after the short connection timeout). Security events were written
 * that way, in a transaction of their own beside the caller's; these paths record one each.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:one-connection", "spring.datasource.hikari.maximum-pool-size=2",
		"spring.datasource.hikari.connection-timeout=3000", "lectern.admin.username=" + OneConnectionAtATimeTest.ADMIN,
		"lectern.admin.password=" + Browser.PASSWORD })
class OneConnectionAtATimeTest {

	static final String ADMIN = "pool-admin";

	@LocalServerPort
	int port;

	@Autowired
	DataSource database;

	@Test
	void downloadingOnesDataTakesOneConnectionAtATime() throws Exception {
		Browser ana = Browser.newLearner(port);

		HttpResponse<String> data;
		try (Connection heldByTheTest = database.getConnection()) {
			data = ana.get("/me/data.json");
		}

		assertThat(data.statusCode()).isEqualTo(200);
		assertThat(data.body()).contains("\"displayName\":\"Test Learner\"");
	}

	@Test
	void aRoleChangeAndItsRecordTakeOneConnection() throws Exception {
		String name = "pool-" + UUID.randomUUID().toString().substring(0, 8);
		new Browser(port).register(name, "Lea");
		Browser admin = new Browser(port);
		assertThat(Browser.location(admin.logIn(ADMIN, Browser.PASSWORD))).isEqualTo("/me");
		String roles = AdminPagesTest.rolesFormOf(admin.get("/admin/users?q=" + name).body(), name);

		HttpResponse<String> granted;
		try (Connection heldByTheTest = database.getConnection()) {
			granted = admin.submit(roles, "role", "INSTRUCTOR");
		}

		assertThat(granted.statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/security-events?username=" + name).body()).contains("Roles changed");
	}
}
