package io.lectern.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.accounts.internal.LoginThrottle;
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

/**
 * {@code /me/security}: the password changed with the current one, the account's sessions listed
 * and ended one by one, and a password change ending every session but the one it was made in.
 */
class MySecurityPagesTest extends PortalTest {

	private static final Pattern END_FORM = Pattern.compile("action=\"(/me/security/sessions/[^\"]+/end)\"");

	private static final String NEW_PASSWORD = "a new and rather long passphrase 77";

	@Autowired
	LoginThrottle throttle;

	private static String newName() {
		return "me-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void theListShowsEachSessionWithItsDeviceAndMarksThisOne() {
		String name = newName();
		Browser laptop = new Browser(port);
		laptop.register(name, "Kim");
		Browser phone = new Browser(port);
		phone.logIn(name, Browser.PASSWORD);

		String page = laptop.get("/me/security").body();

		assertThat(page).contains("2 sessions", "This session", "127.0.0.1", "Java-http-client");
		assertThat(endForms(page)).hasSize(1);
	}

	@Test
	void endingASessionLogsItOutAtItsNextRequest() {
		String name = newName();
		Browser laptop = new Browser(port);
		laptop.register(name, "Kim");
		Browser phone = new Browser(port);
		phone.logIn(name, Browser.PASSWORD);
		assertThat(phone.get("/me").statusCode()).isEqualTo(200);

		HttpResponse<String> ended = laptop.submit(endForms(laptop.get("/me/security").body()).get(0));

		assertThat(Browser.location(ended)).isEqualTo("/me/security");
		assertThat(laptop.follow(ended).body()).contains("That session has ended", "1 session");
		assertThat(Browser.location(phone.get("/me"))).isEqualTo("/login");
		assertThat(laptop.get("/me").statusCode()).isEqualTo(200);
	}

	@Test
	void anotherAccountsSessionCannotBeEndedOrEvenFound() {
		Browser owner = Browser.newLearner(port);
		owner.get("/");
		Browser other = Browser.newLearner(port);
		String othersSession = endForms(twoSessionsOf(owner)).get(0);

		other.get("/me/security");
		assertThat(other.submit(othersSession).statusCode()).isEqualTo(404);
		assertThat(other.submit("/me/security/sessions/no-such-session/end").statusCode()).isEqualTo(404);
		assertThat(endForms(owner.get("/me/security").body())).hasSize(1);
	}

	@Test
	void aPasswordChangeNeedsTheCurrentPasswordAndEndsEveryOtherSession() {
		String name = newName();
		Browser laptop = new Browser(port);
		laptop.register(name, "Kim");
		Browser phone = new Browser(port);
		phone.logIn(name, Browser.PASSWORD);
		String sessionBefore = laptop.sessionId().orElseThrow();
		laptop.get("/me/security");

		HttpResponse<String> wrong = laptop.submit("/me/security/password", "currentPassword", "not it",
				"newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD);
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("That is not your current password").doesNotContain(NEW_PASSWORD, "not it");
		assertThat(phone.get("/me").statusCode()).as("nothing ended yet").isEqualTo(200);

		HttpResponse<String> changed = laptop.submit("/me/security/password", "currentPassword", Browser.PASSWORD,
				"newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD);

		assertThat(Browser.location(changed)).isEqualTo("/me/security");
		assertThat(laptop.follow(changed).body()).contains("Your password is changed. Your other session has ended.");
		assertThat(laptop.sessionId().orElseThrow()).as("a new session id").isNotEqualTo(sessionBefore);
		assertThat(laptop.get("/me").statusCode()).isEqualTo(200);
		assertThat(Browser.location(phone.get("/me"))).isEqualTo("/login");
		assertThat(Browser.location(new Browser(port).logIn(name, NEW_PASSWORD))).isEqualTo("/me");
		assertThat(SecurityEventsTest.rows(adminEventsOf(name))).contains("Password changed Succeeded",
				"Password changed Failed");
	}

	@Test
	void theNewPasswordMeetsTheRegistrationPolicyAndIsTypedTwice() {
		Browser kim = Browser.newLearner(port);
		kim.get("/me/security");

		HttpResponse<String> common = kim.submit("/me/security/password", "currentPassword", Browser.PASSWORD, "newPassword",
				"password123", "confirmPassword", "password123");
		HttpResponse<String> mismatch = kim.submit("/me/security/password", "currentPassword", Browser.PASSWORD,
				"newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD + "!");
		HttpResponse<String> tooShort = kim.submit("/me/security/password", "currentPassword", Browser.PASSWORD,
				"newPassword", "short", "confirmPassword", "short");

		assertThat(common.statusCode()).isEqualTo(400);
		assertThat(common.body()).contains("one of the most common", "aria-invalid=\"true\"");
		assertThat(mismatch.statusCode()).isEqualTo(400);
		assertThat(mismatch.body()).contains("The two new passwords differ");
		assertThat(tooShort.body()).contains("Use at least 8 characters");
		assertThat(kim.get("/me").statusCode()).isEqualTo(200);
	}

	@Test
	void aPasswordChangeIsThrottledLikeALogin() {
		String name = newName();
		Browser kim = new Browser(port);
		kim.register(name, "Kim");
		// Another address spends the name's allowance, so the test spends none of the test address's.
		for (int i = 0; i < 5; i++) {
			throttle.failed(name, "203.0.113.9");
		}
		kim.get("/me/security");

		HttpResponse<String> refused = kim.submit("/me/security/password", "currentPassword", Browser.PASSWORD,
				"newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD);

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.body()).contains("Too many wrong passwords");
	}

	private String twoSessionsOf(Browser owner) {
		String name = owner.get("/me/data.json").body().replaceAll("(?s).*\"username\":\"([^\"]+)\".*", "$1");
		new Browser(port).logIn(name, Browser.PASSWORD);
		return owner.get("/me/security").body();
	}

	static List<String> endForms(String page) {
		List<String> forms = new ArrayList<>();
		Matcher form = END_FORM.matcher(page);
		while (form.find()) {
			forms.add(form.group(1));
		}
		return forms;
	}

	private String adminEventsOf(String name) {
		Browser admin = new Browser(port);
		admin.logIn(ADMIN, Browser.PASSWORD);
		return admin.get("/admin/security-events?username=" + name).body();
	}
}
