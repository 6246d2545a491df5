package io.lectern.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.accounts.internal.LoginThrottle;
import io.lectern.web.Browser;
import io.lectern.web.PortalTest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code /me/security}: the password changed with the current one, the account's sessions listed
 * and ended one by one, and a password change ending every session but the one it was made in.
 */
class MySecurityPagesTest extends PortalTest {

	private static final Pattern END_CHOICE = Pattern.compile("name=\"session\" value=\"([^\"]+)\"");

	private static final String END = "/me/security/sessions/end";

	private static final String NEW_PASSWORD = "a new and rather long passphrase 77";

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

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
		assertThat(endChoices(page)).hasSize(1);
	}

	@Test
	void endingASessionLogsItOutAtItsNextRequest() {
		String name = newName();
		Browser laptop = new Browser(port);
		laptop.register(name, "Kim");
		Browser phone = new Browser(port);
		phone.logIn(name, Browser.PASSWORD);
		assertThat(phone.get("/me").statusCode()).isEqualTo(200);

		String phoneSession = endChoices(laptop.get("/me/security").body()).get(0);
		String refused = laptop.follow(laptop.submit(END, "session", phoneSession, "currentPassword", "not it")).body();
		assertThat(refused).contains("That is not your current password. No session was ended.");
		assertThat(phone.get("/me").statusCode()).isEqualTo(200);

		HttpResponse<String> ended = laptop.submit(END, "session", phoneSession, "currentPassword", Browser.PASSWORD);

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
		String othersSession = endChoices(twoSessionsOf(owner)).get(0);

		other.get("/me/security");
		assertThat(other.submit(END, "session", othersSession, "currentPassword", Browser.PASSWORD).statusCode())
			.isEqualTo(404);
		assertThat(other.submit(END, "session", "no-such-session", "currentPassword", Browser.PASSWORD).statusCode())
			.isEqualTo(404);
		assertThat(endChoices(owner.get("/me/security").body())).hasSize(1);
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
	void anEmailAddressIsChangedOnlyWithTheCurrentPasswordAndMustLookLikeOne() {
		String name = newName();
		Browser kim = new Browser(port);
		kim.register(name, "Kim");
		kim.get("/me/security");

		String wrong = kim.follow(kim.submit("/me/security/email", "email", "kim@learners.example", "currentPassword",
				"not it")).body();
		String malformed = kim.follow(kim.submit("/me/security/email", "email", "kim at learners", "currentPassword",
				Browser.PASSWORD)).body();
		String saved = kim.follow(kim.submit("/me/security/email", "email", "kim@learners.example", "currentPassword",
				Browser.PASSWORD)).body();

		assertThat(wrong).contains("That is not your current password").doesNotContain("not confirmed yet");
		assertThat(malformed).contains("Give an address such as name@example.org", "value=\"kim at learners\"");
		assertThat(saved).contains("kim@learners.example", "not confirmed yet", "This portal sends no mail");
		assertThat(jdbc.queryForObject("select email from account where username = ?", String.class, name))
			.isEqualTo("kim@learners.example");
	}

	@Test
	void aSessionOlderThanItsAbsoluteLifetimeIsLoggedOutHoweverBusy() {
		Browser kim = Browser.newLearner(port);
		String learner = kim.get("/me/data.json").body().replaceAll("(?s).*\"learnerId\":\"([^\"]+)\".*", "$1");
		jdbc.update("update account_session set started_at = ? where learner_id = ?",
				Timestamp.from(Instant.now().minus(Duration.ofDays(8))), learner);

		// Changed behind the portal's back, as another instance would: seen once the login's last check
		// runs out (lectern.sessions.checked-every), not at once.
		await().atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertThat(Browser.location(kim.get("/me"))).isEqualTo("/login"));
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

	/** The sessions the page offers to end, by id. */
	static List<String> endChoices(String page) {
		List<String> choices = new ArrayList<>();
		Matcher choice = END_CHOICE.matcher(page);
		while (choice.find()) {
			choices.add(choice.group(1));
		}
		return choices;
	}

	private String adminEventsOf(String name) {
		Browser admin = new Browser(port);
		admin.logIn(ADMIN, Browser.PASSWORD);
		return admin.get("/admin/security-events?username=" + name).body();
	}
}
