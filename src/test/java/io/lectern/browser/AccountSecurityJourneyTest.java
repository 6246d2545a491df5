package io.lectern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.lectern.web.Authenticator;
import io.lectern.web.Browser;

/**
 * A learner looks after their account: adds an e-mail address, sees the session on their other
 * device, changes the password and sees that session ended; an admin reads the security events
 * and issues a reset link, which the learner opens; a learner sets up two-step login, logs out and
 * logs in again with a code from the app. Every page is checked with axe-core.
 */
class AccountSecurityJourneyTest extends BrowserJourney {

	private static final String NEW_PASSWORD = "journey passphrase, changed 5";

	@Test
	void changesThePasswordAndEndsTheOtherSession() {
		String username = register("Journey Learner");
		Browser phone = new Browser(port);
		phone.logIn(username, Browser.PASSWORD);

		open("/me");
		followLink(".my-data", "Account security");
		assertThat(path()).isEqualTo("/me/security");
		assertThat(find(".sessions caption").getText()).isEqualTo("2 sessions");
		record("account-security");

		type("#email", "journey@learners.example");
		type("#emailCurrentPassword", Browser.PASSWORD);
		follow(find("form[action='/me/security/email'] button[type=submit]"));
		assertThat(find("main").getText()).contains("journey@learners.example", "not confirmed yet");

		type("#currentPassword", "not my password");
		type("#newPassword", NEW_PASSWORD);
		type("#confirmPassword", NEW_PASSWORD);
		follow(find("form[action='/me/security/password'] button[type=submit]"));
		assertThat(find("#currentPassword-problem").getText()).contains("That is not your current password");
		record("password-refused");

		type("#currentPassword", Browser.PASSWORD);
		type("#newPassword", NEW_PASSWORD);
		type("#confirmPassword", NEW_PASSWORD);
		follow(find("form[action='/me/security/password'] button[type=submit]"));
		assertThat(find(".notice-saved").getText()).contains("Your other session has ended");
		assertThat(find(".sessions caption").getText()).isEqualTo("1 session");
		record("password-changed");
		assertThat(Browser.location(phone.get("/me"))).isEqualTo("/login");

		open("/login/forgot");
		record("forgot");
	}

	@Test
	void anAdminReadsTheEventsAndIssuesAResetLink() {
		String username = register("Forgetful Learner");
		open("/me");
		follow(find("form.logout-form button"));

		logIn(ADMIN, Browser.PASSWORD);
		assertThat(securityEvents("Registration", username)).contains("Registration", username);
		record("security-events");

		open("/admin/users?q=" + username);
		follow(find("form[action$='/reset-link'] button"));
		String link = find("#reset-link").getAttribute("value");
		record("reset-link");

		follow(find("form.logout-form button"));
		driver().get(link);
		assertThat(heading()).isEqualTo("Choose a new password");
		record("reset");
		type("#newPassword", NEW_PASSWORD);
		type("#confirmPassword", NEW_PASSWORD);
		follow(find("form.account-form button[type=submit]"));
		assertThat(path()).isEqualTo("/login?reset");
		assertThat(find(".notice-saved").getText()).contains("Your password is changed");
		record("after-reset");
		logIn(username, NEW_PASSWORD);
		assertThat(driver().findElements(By.cssSelector(".account-nav"))).isNotEmpty();
	}

	@Test
	void setsUpTwoStepLoginThenLogsInWithACode() {
		String username = register("Careful Learner");
		open("/me/security");
		follow(find("#mfa-set-up"));
		assertThat(path()).isEqualTo("/me/security/mfa");
		assertThat(find("svg.qr-code").isDisplayed()).isTrue();
		record("mfa-set-up");
		Authenticator app = new Authenticator(find("#totp-secret").getText());

		type("#code", app.now());
		follow(find("form.account-form button[type=submit]"));
		assertThat(heading()).isEqualTo("Your recovery codes");
		assertThat(driver().findElements(By.cssSelector(".recovery-codes li"))).hasSize(10);
		record("recovery-codes");

		follow(find("form.logout-form button"));
		open("/login");
		type("#username", username);
		type("#password", Browser.PASSWORD);
		follow(find("form.account-form button[type=submit]"));
		assertThat(path()).isEqualTo("/login/code");
		assertThat(driver().findElements(By.cssSelector(".account-nav form.logout-form"))).isEmpty();
		record("login-code");
		type("#code", app.next());
		follow(find("form.account-form button[type=submit]"));
		assertThat(path()).isEqualTo("/me");
		assertThat(find(".account-nav").getText()).contains("Log out");
	}
}
