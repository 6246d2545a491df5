package io.lectern.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.Authenticator;
import io.lectern.web.Browser;
import io.lectern.accounts.internal.AccountService;
import io.lectern.web.PortalTest;
import io.lectern.web.SoftPasskey;
import java.net.http.HttpResponse;
import java.util.EnumSet;
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

	@Autowired
	AccountService accounts;

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

	@Test
	void anInstructorMayAddAPasskeyInsteadOfAnApp() {
		Browser instructor = Browser.newLearner(port);
		String name = instructor.get("/me/data.json").body().replaceAll("(?s).*\"username\":\"([^\"]+)\".*", "$1");
		String id = instructor.get("/me/data.json").body().replaceAll("(?s).*\"learnerId\":\"([^\"]+)\".*", "$1");
		accounts.grant(id, EnumSet.of(Role.LEARNER, Role.INSTRUCTOR), "a test", null);
		Browser browser = new Browser(port);

		assertThat(Browser.location(browser.logIn(name, Browser.PASSWORD))).isEqualTo("/me/security/mfa");
		assertThat(browser.get("/me/security/mfa").body()).contains("add a passkey instead");
		assertThat(browser.get("/me/security/passkeys").body()).contains("Your role on this portal needs two-step login");
		assertThat(Browser.location(browser.get("/instructor"))).isEqualTo("/me/security/mfa");
		SoftPasskey passkey = SoftPasskey.register(browser, port, "Office key");

		assertThat(browser.get("/instructor").statusCode()).isEqualTo(200);
		Browser later = new Browser(port);
		assertThat(Browser.location(later.logIn(name, Browser.PASSWORD))).isEqualTo("/login/code");
		assertThat(passkey.logIn(later).statusCode()).isEqualTo(200);
		assertThat(later.get("/instructor").statusCode()).isEqualTo(200);
		Browser passwordless = new Browser(port);
		passwordless.get("/login");
		assertThat(passkey.logIn(passwordless).statusCode()).isEqualTo(200);
		assertThat(passwordless.get("/instructor").statusCode()).as("no set-up asked for").isEqualTo(200);
	}
}
