package io.lectern.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.Authenticator;
import io.lectern.web.Browser;
import io.lectern.web.PortalTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code lectern.security.mfa-required-roles=ADMIN,INSTRUCTOR}: the first admin, logging in for the
 * first time, is sent to set up two-step login and can open nothing else, send nothing else, until
 * it is on; a learner logs in as before. A portal of its own, so its admin's two-step login does not
 * reach the other tests, and with a key under which TOTP keys are encrypted.
 */
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:mfa-required",
		"lectern.security.mfa-required-roles=ADMIN, INSTRUCTOR", "lectern.security.mfa-secret-key=a key only these tests know" })
class MfaRequiredRolesTest extends PortalTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theAdminMustSetUpTwoStepLoginBeforeAnythingElse() {
		Browser admin = new Browser(port);

		HttpResponse<String> login = admin.logIn(ADMIN, Browser.PASSWORD);

		assertThat(Browser.location(login)).isEqualTo("/me/security/mfa");
		String page = admin.follow(login).body();
		assertThat(page).contains("Your role on this portal needs two-step login", "qr-code", "Log out instead");
		assertThat(Browser.location(admin.get("/me"))).isEqualTo("/me/security/mfa");
		assertThat(Browser.location(admin.get("/admin/users"))).isEqualTo("/me/security/mfa");
		assertThat(Browser.location(admin.get("/courses/aws-data-security"))).isEqualTo("/me/security/mfa");
		assertThat(admin.get("/api/me/progress").statusCode()).isEqualTo(403);
		admin.get("/me/security/mfa");
		assertThat(admin.submit("/me/security/password", "currentPassword", Browser.PASSWORD, "newPassword",
				"taken over in between 9", "confirmPassword", "taken over in between 9").statusCode()).isEqualTo(403);

		Authenticator app = Authenticator.fromSetUpPage(admin.get("/me/security/mfa").body());
		assertThat(admin.submit("/me/security/mfa", "code", app.now()).statusCode()).isEqualTo(200);

		assertThat(admin.get("/admin/users").statusCode()).isEqualTo(200);
		assertThat(admin.get("/me").statusCode()).isEqualTo(200);
		Browser later = new Browser(port);
		assertThat(Browser.location(later.logIn(ADMIN, Browser.PASSWORD))).isEqualTo("/login/code");
		later.get("/login/code");
		assertThat(Browser.location(later.submit("/login/code", "code", app.next()))).isEqualTo("/me");
		assertThat(later.get("/admin/users").statusCode()).isEqualTo(200);
		assertThat(jdbc.queryForObject("select secret from account_totp t join account a on a.public_id = t.learner_id"
				+ " where a.username = ?", String.class, ADMIN)).startsWith("{aes-gcm}");
	}

	@Test
	void aLearnerLogsInAsBefore() {
		Browser learner = Browser.newLearner(port);

		assertThat(learner.get("/me").statusCode()).isEqualTo(200);
		assertThat(learner.get("/me/security/mfa").body()).doesNotContain("Your role on this portal needs two-step login");
	}
}
