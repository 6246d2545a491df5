package io.lectern.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.accounts.internal.LoginThrottle;
import io.lectern.web.Authenticator;
import io.lectern.web.Browser;
import io.lectern.web.PortalTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two-step login with an authenticator app: set up from the QR code's key and confirmed by a code,
 * then asked for at every login before anything opens; codes used once, recovery codes once each,
 * turned off only with the password and a code. Wrong codes are sent from another address (as a
 * proxy would say), so that they spend none of the test address's allowance of failures.
 */
class TwoStepLoginTest extends PortalTest {

	private static final Pattern KEY = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<");

	private static final Pattern RECOVERY_CODE = Pattern.compile("<code>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})</code>");

	private static final String[] ELSEWHERE = { "X-Forwarded-For", "198.51.100.7" };

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LoginThrottle throttle;

	/** An account with two-step login on, its app and its recovery codes. */
	record Enrolled(String username, Authenticator app, List<String> recoveryCodes) {
	}

	@Test
	void theSetUpPageShowsTheKeyAsAnSvgQrCodeAndAsLettersInGroups() {
		Browser learner = Browser.newLearner(port);

		String page = learner.get("/me/security/mfa").body();

		assertThat(page).contains("<svg", "class=\"qr-code\"", "<path fill=\"#000\" d=\"M").doesNotContain("<img", "style=");
		Matcher key = KEY.matcher(page);
		assertThat(key.find()).isTrue();
		assertThat(key.group(1)).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
		assertThat(learner.get("/me/security/mfa").body()).as("the same key until it is confirmed").contains(key.group(1));
	}

	@Test
	void aWrongCodeLeavesItOffAndARightOneTurnsItOnAndShowsTenRecoveryCodesOnce() {
		String name = newName();
		Browser learner = new Browser(port);
		learner.register(name, "Ty");
		Authenticator app = Authenticator.fromSetUpPage(learner.get("/me/security/mfa").body());

		HttpResponse<String> wrong = learner.submit("/me/security/mfa", "code", "000000".equals(app.now()) ? "111111" : "000000");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("That code is not right");

		HttpResponse<String> right = learner.submit("/me/security/mfa", "code", app.now());

		assertThat(right.statusCode()).isEqualTo(200);
		assertThat(right.headers().firstValue("Cache-Control")).hasValue("no-store");
		List<String> codes = recoveryCodesIn(right.body());
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		String again = learner.get("/me/security/mfa").body();
		assertThat(again).contains("Two-step login is <strong>on</strong>", "10 unused recovery codes")
			.doesNotContain("totp-secret", "qr-code", codes.get(0));
		assertThat(learner.get("/me/security").body()).contains("On: after your password");
		assertThat(jdbc.queryForList("select code_hash from account_recovery_code c join account a on a.public_id = c.learner_id"
				+ " where a.username = ?", String.class, name))
			.hasSize(10)
			.allSatisfy(hash -> assertThat(hash).startsWith("{argon2}").doesNotContain(codes.get(0).replace("-", "")));
		assertThat(events(name)).contains("MFA_ENROLLED SUCCEEDED authenticator app, 10 recovery codes");
	}

	@Test
	void aLoginWaitsForTheCodeAndOpensNothingBefore() {
		Enrolled kim = enrolled();
		Browser browser = new Browser(port);

		HttpResponse<String> password = browser.logIn(kim.username(), Browser.PASSWORD);

		assertThat(Browser.location(password)).isEqualTo("/login/code");
		assertThat(browser.follow(password).body()).contains("type the 6-digit code");
		assertThat(Browser.location(browser.get("/me"))).isEqualTo("/login");
		assertThat(Browser.location(browser.get("/me/security"))).isEqualTo("/login");
		assertThat(browser.get("/api/me/progress").statusCode()).isEqualTo(401);

		HttpResponse<String> wrong = browser.submitWithHeaders("/login/code", ELSEWHERE, "code", "12345");
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.body()).contains("That code is not right");
		assertThat(Browser.location(browser.get("/me"))).isEqualTo("/login");

		browser.get("/login/code");
		HttpResponse<String> right = browser.submit("/login/code", "code", kim.app().next());

		assertThat(Browser.location(right)).isEqualTo("/me");
		assertThat(browser.get("/me").statusCode()).isEqualTo(200);
		assertThat(events(kim.username())).contains("MFA_FAILED FAILED wrong code", "LOGIN SUCCEEDED password and app code");
	}

	@Test
	void aCodeUsedOnceIsRefusedWithinItsWindow() {
		Enrolled kim = enrolled();
		String code = kim.app().next();
		Browser first = new Browser(port);
		first.logIn(kim.username(), Browser.PASSWORD);
		first.get("/login/code");
		assertThat(Browser.location(first.submit("/login/code", "code", code))).isEqualTo("/me");

		Browser second = new Browser(port);
		second.logIn(kim.username(), Browser.PASSWORD);
		second.get("/login/code");
		HttpResponse<String> replayed = second.submitWithHeaders("/login/code", ELSEWHERE, "code", code);

		assertThat(replayed.statusCode()).isEqualTo(401);
		assertThat(replayed.body()).contains("That code has been used already");
		assertThat(Browser.location(second.get("/me"))).isEqualTo("/login");
		assertThat(events(kim.username())).contains("MFA_FAILED FAILED code already used");
	}

	@Test
	void aRecoveryCodeLogsInOnceAndIsRefusedTheSecondTime() {
		Enrolled kim = enrolled();
		String recovery = kim.recoveryCodes().get(3);
		Browser first = new Browser(port);
		first.logIn(kim.username(), Browser.PASSWORD);
		first.get("/login/code");
		assertThat(Browser.location(first.submit("/login/code", "code", recovery.toUpperCase()))).isEqualTo("/me");
		assertThat(first.get("/me/security/mfa").body()).contains("9 unused recovery codes");

		Browser second = new Browser(port);
		second.logIn(kim.username(), Browser.PASSWORD);
		second.get("/login/code");
		HttpResponse<String> again = second.submitWithHeaders("/login/code", ELSEWHERE, "code", recovery);

		assertThat(again.statusCode()).isEqualTo(401);
		assertThat(Browser.location(second.get("/me"))).isEqualTo("/login");
		assertThat(events(kim.username())).contains("RECOVERY_CODE_USED SUCCEEDED 9 left", "LOGIN SUCCEEDED password and recovery code");
	}

	@Test
	void theSecondStepWithoutTheFirstLeadsBackToTheLogin() {
		Browser guest = new Browser(port);
		guest.get("/login");

		HttpResponse<String> posted = guest.submit("/login/code", "code", "123456");

		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
		assertThat(Browser.location(guest.get("/login/code"))).isEqualTo("/login");
		assertThat(Browser.location(guest.get("/me"))).isEqualTo("/login");
		assertThat(guest.follow(guest.get("/login/code")).body()).contains("Your login was not finished in time");
	}

	@Test
	void wrongCodesAreThrottledLikeWrongPasswords() {
		Enrolled kim = enrolled();
		Browser browser = new Browser(port);
		browser.logIn(kim.username(), Browser.PASSWORD);
		// Another address spends the name's allowance, so the test spends none of the test address's.
		for (int i = 0; i < 5; i++) {
			throttle.failed(kim.username(), "203.0.113.21");
		}
		browser.get("/login/code");

		HttpResponse<String> refused = browser.submit("/login/code", "code", kim.app().next());

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.body()).contains("Too many wrong codes");
		assertThat(Browser.location(browser.get("/me"))).isEqualTo("/login");
	}

	@Test
	void turningItOffTakesThePasswordAndACode() {
		Enrolled kim = enrolled();
		Browser browser = loggedIn(kim);
		browser.get("/me/security/mfa");

		HttpResponse<String> noPassword = browser.submitWithHeaders("/me/security/mfa/remove", ELSEWHERE, "currentPassword",
				"not it", "code", kim.recoveryCodes().get(0));
		assertThat(noPassword.statusCode()).isEqualTo(400);
		assertThat(noPassword.body()).contains("That is not your current password");
		HttpResponse<String> noCode = browser.submitWithHeaders("/me/security/mfa/remove", ELSEWHERE, "currentPassword",
				Browser.PASSWORD, "code", "000000".equals(kim.app().now()) ? "111111" : "000000");
		assertThat(noCode.statusCode()).isEqualTo(400);
		assertThat(noCode.body()).contains("That code is not right");

		HttpResponse<String> off = browser.submit("/me/security/mfa/remove", "currentPassword", Browser.PASSWORD, "code",
				kim.recoveryCodes().get(0));

		assertThat(Browser.location(off)).isEqualTo("/me/security");
		assertThat(browser.follow(off).body()).contains("Two-step login is off");
		assertThat(Browser.location(new Browser(port).logIn(kim.username(), Browser.PASSWORD))).isEqualTo("/me");
		assertThat(events(kim.username())).contains("MFA_REMOVED FAILED wrong current password", "MFA_REMOVED FAILED wrong code",
				"MFA_REMOVED SUCCEEDED");
	}

	@Test
	void newRecoveryCodesTakeThePasswordAndACodeAndTheOldOnesStopWorking() {
		Enrolled kim = enrolled();
		Browser browser = loggedIn(kim);
		browser.get("/me/security/mfa");

		HttpResponse<String> noPassword = browser.submitWithHeaders("/me/security/mfa/recovery-codes", ELSEWHERE,
				"currentPassword", "not it", "code", kim.recoveryCodes().get(0));
		assertThat(noPassword.statusCode()).isEqualTo(400);
		assertThat(noPassword.body()).contains("That is not your current password. Your recovery codes are unchanged.");

		HttpResponse<String> renewed = browser.submit("/me/security/mfa/recovery-codes", "currentPassword", Browser.PASSWORD,
				"code", kim.recoveryCodes().get(0));

		assertThat(renewed.statusCode()).isEqualTo(200);
		assertThat(renewed.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(renewed.body()).contains("These are your new recovery codes: the old ones no longer work.");
		List<String> fresh = recoveryCodesIn(renewed.body());
		assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(kim.recoveryCodes());
		assertThat(browser.get("/me/security/mfa").body()).contains("10 unused recovery codes");
		Browser phone = new Browser(port);
		phone.logIn(kim.username(), Browser.PASSWORD);
		phone.get("/login/code");
		assertThat(phone.submitWithHeaders("/login/code", ELSEWHERE, "code", kim.recoveryCodes().get(1)).statusCode())
			.as("an old code, never used").isEqualTo(401);
		assertThat(Browser.location(phone.submit("/login/code", "code", fresh.get(0)))).isEqualTo("/me");
		assertThat(events(kim.username())).contains("RECOVERY_CODES_REPLACED FAILED wrong current password",
				"RECOVERY_CODES_REPLACED SUCCEEDED 10 new codes, the earlier ones withdrawn");
	}

	@Test
	void anAdminResetsSomeonesTwoStepLoginAndItIsRecorded() {
		Enrolled kim = enrolled();
		Browser admin = new Browser(port);
		admin.logIn(ADMIN, Browser.PASSWORD);
		String users = admin.get("/admin/users?q=" + kim.username()).body();
		Matcher form = Pattern.compile("action=\"(/admin/users/[^\"]+/mfa/reset)\"").matcher(users);
		assertThat(form.find()).isTrue();

		HttpResponse<String> reset = admin.submit(form.group(1));

		assertThat(Browser.location(reset)).isEqualTo("/admin/users");
		assertThat(admin.follow(reset).body()).contains("Two-step login of " + kim.username() + " is reset");
		assertThat(Browser.location(new Browser(port).logIn(kim.username(), Browser.PASSWORD))).isEqualTo("/me");
		assertThat(jdbc.queryForList("select actor from security_event where username = ? and kind = 'MFA_RESET'", String.class,
				kim.username())).containsExactly(ADMIN);
	}

	@Test
	void deletingTheAccountForgetsItsKeyAndRecoveryCodes() {
		Enrolled kim = enrolled();
		Browser browser = loggedIn(kim);
		String id = browser.get("/me/data.json").body().replaceAll("(?s).*\"learnerId\":\"([^\"]+)\".*", "$1");
		browser.get("/me/delete");

		assertThat(Browser.location(browser.submit("/me/delete", "password", Browser.PASSWORD))).isEqualTo("/");

		assertThat(jdbc.queryForObject("select count(*) from account_totp where learner_id = ?", Integer.class, id)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from account_recovery_code where learner_id = ?", Integer.class, id))
			.isZero();
	}

	/** A new account with two-step login turned on from its enrolment page, and logged in. */
	private Enrolled enrolled() {
		String name = newName();
		Browser learner = new Browser(port);
		learner.register(name, "Kim");
		Authenticator app = Authenticator.fromSetUpPage(learner.get("/me/security/mfa").body());
		HttpResponse<String> on = learner.submit("/me/security/mfa", "code", app.now());
		assertThat(on.statusCode()).isEqualTo(200);
		return new Enrolled(name, app, recoveryCodesIn(on.body()));
	}

	private Browser loggedIn(Enrolled account) {
		Browser browser = new Browser(port);
		browser.logIn(account.username(), Browser.PASSWORD);
		browser.get("/login/code");
		assertThat(Browser.location(browser.submit("/login/code", "code", account.app().next()))).isEqualTo("/me");
		return browser;
	}

	private static List<String> recoveryCodesIn(String page) {
		List<String> codes = new ArrayList<>();
		Matcher code = RECOVERY_CODE.matcher(page);
		while (code.find()) {
			codes.add(code.group(1));
		}
		return codes;
	}

	private List<String> events(String username) {
		return jdbc.queryForList("select kind || ' ' || outcome || coalesce(' ' || detail, '') from security_event"
				+ " where username = ? order by id", String.class, username);
	}

	private static String newName() {
		return "mfa-" + UUID.randomUUID().toString().substring(0, 8);
	}
}
