package io.lectern.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.Browser;
import io.lectern.web.PortalTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Registration, login and logout over real HTTP, as a browser does them. */
class AccountPagesTest extends PortalTest {

	private static String newName() {
		return "ana-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aNewLearnerRegistersAndIsLoggedInAtOnce() {
		Browser ana = new Browser(port);
		String name = newName();

		HttpResponse<String> registered = ana.register(name.toUpperCase(), "Ana <b>Lima</b>");

		assertThat(Browser.location(registered)).isEqualTo("/me");
		String home = ana.get("/").body();
		assertThat(home).contains("Log out", "Signed in as Ana &lt;b&gt;Lima&lt;/b&gt;").doesNotContain("<b>Lima</b>");
		// Usernames ignore case: the same name in lower case is taken.
		Browser other = new Browser(port);
		other.get("/register");
		HttpResponse<String> taken = other.submit("/register", "displayName", "Other", "username", name, "password",
				Browser.PASSWORD, "confirmPassword", Browser.PASSWORD);
		assertThat(taken.statusCode()).isEqualTo(400);
		assertThat(taken.body()).contains("This username is taken");
	}

	@Test
	void aRefusedRegistrationSaysWhyAndKeepsWhatWasTyped() {
		Browser ana = new Browser(port);
		ana.get("/register");

		HttpResponse<String> refused = ana.submit("/register", "displayName", "Ana Lima", "username", "a!", "password",
				"Password1", "confirmPassword", "Password1");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("value=\"Ana Lima\"", "value=\"a!\"", "Use 3 to 40 characters",
				"one of the most common", "aria-invalid=\"true\"")
			.doesNotContain("Password1");
		HttpResponse<String> mismatch = ana.submit("/register", "displayName", "Ana", "username", newName(), "password",
				Browser.PASSWORD, "confirmPassword", Browser.PASSWORD + "!");
		assertThat(mismatch.statusCode()).isEqualTo(400);
		assertThat(mismatch.body()).contains("The two passwords differ");
	}

	@Test
	void loggingInGivesTheSessionANewIdAndLoggingOutEndsIt() {
		String name = newName();
		new Browser(port).register(name, "Ana");
		Browser ana = new Browser(port);
		ana.get("/login");
		String before = ana.sessionId().orElseThrow();

		HttpResponse<String> loggedIn = ana.submit("/login", "username", name, "password", Browser.PASSWORD);

		assertThat(Browser.location(loggedIn)).isEqualTo("/me");
		String after = ana.sessionId().orElseThrow();
		assertThat(after).isNotEqualTo(before);
		assertThat(loggedIn.headers().allValues("Set-Cookie")).anySatisfy(
				cookie -> assertThat(cookie).contains("JSESSIONID=", "HttpOnly", "SameSite=Lax"));

		ana.get("/");
		HttpResponse<String> loggedOut = ana.submit("/logout");
		assertThat(Browser.location(loggedOut)).isEqualTo("/login");
		assertThat(ana.get("/login?logout").body()).contains("You are logged out");
		assertThat(Browser.location(ana.get("/me"))).isEqualTo("/login");
	}

	@Test
	void anUnknownNameAndAWrongPasswordGetTheSameAnswer() {
		String name = newName();
		new Browser(port).register(name, "Ana");
		Browser guess = new Browser(port);
		guess.get("/login");

		HttpResponse<String> wrongPassword = guess.submit("/login", "username", name, "password", "not the password");
		HttpResponse<String> unknownName = guess.submit("/login", "username", name + "x", "password", "not the password");

		assertThat(wrongPassword.statusCode()).isEqualTo(401);
		assertThat(unknownName.statusCode()).isEqualTo(401);
		assertThat(wrongPassword.body()).contains("That username and password do not match an account");
		assertThat(withoutTokens(wrongPassword.body().replace(name, "NAME")))
			.isEqualTo(withoutTokens(unknownName.body().replace(name + "x", "NAME")));
	}

	private static String withoutTokens(String page) {
		return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	@Test
	void fiveFailuresLockTheAccountWith429UntilTheWindowPasses() {
		String name = newName();
		new Browser(port).register(name, "Ana");
		Browser guess = new Browser(port);
		guess.get("/login");
		for (int i = 0; i < 5; i++) {
			assertThat(guess.submit("/login", "username", name, "password", "guess " + i).statusCode()).isEqualTo(401);
		}

		HttpResponse<String> locked = guess.submit("/login", "username", name, "password", Browser.PASSWORD);

		assertThat(locked.statusCode()).isEqualTo(429);
		long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(14 * 60L, 15 * 60L);
		assertThat(locked.body()).contains("Too many failed logins", "try again in 15 minutes",
				"value=\"" + name + "\"");
		assertThat(guess.get("/me").statusCode()).as("the right password did not log in").isEqualTo(302);
	}

	@Test
	void passwordsAreCheckedWholeNotCutAt72Bytes() {
		String name = newName();
		String seventyTwo = "a-long-passphrase-".repeat(4);
		String longer = seventyTwo + " and more after the 72nd byte";
		Browser ana = new Browser(port);
		ana.get("/register");
		assertThat(ana.submit("/register", "displayName", "Ana", "username", name, "password", longer, "confirmPassword",
				longer).statusCode()).isEqualTo(302);

		Browser attacker = new Browser(port);
		assertThat(attacker.logIn(name, seventyTwo).statusCode()).isEqualTo(401);
		assertThat(Browser.location(new Browser(port).logIn(name, longer))).isEqualTo("/me");
	}

	@Test
	void passwordLengthIsCountedInCharactersUpTo128() {
		Browser ana = new Browser(port);
		ana.get("/register");
		String emoji = "\uD83D\uDD12".repeat(128);
		assertThat(ana.submit("/register", "displayName", "Ana", "username", newName(), "password", emoji + "x",
				"confirmPassword", emoji + "x").body()).contains("Use at most 128 characters");
		assertThat(ana.submit("/register", "displayName", "Ana", "username", newName(), "password", "short7!",
				"confirmPassword", "short7!").body()).contains("Use at least 8 characters");
		assertThat(ana.submit("/register", "displayName", "Ana", "username", newName(), "password", emoji,
				"confirmPassword", emoji).statusCode()).isEqualTo(302);
	}

	@Test
	void aGuestWhoStartsAQuizLogsInAndComesBackToIt() {
		Browser guest = new Browser(port);
		String intro = guest.get("/quizzes/shared-responsibility-check").body();
		assertThat(intro).contains("Log in to start").doesNotContain("Start the quiz");
		guest.get("/login");
		String referer = "http://localhost:" + port + "/quizzes/shared-responsibility-check";

		HttpResponse<String> start = guest.submitWithHeaders("/quizzes/shared-responsibility-check/attempts",
				new String[] { "Referer", referer });

		assertThat(start.headers().firstValue("Location").orElseThrow())
			.endsWith("/login?next=%2Fquizzes%2Fshared-responsibility-check");
		String name = newName();
		new Browser(port).register(name, "Ana");
		guest.get("/login?next=%2Fquizzes%2Fshared-responsibility-check");
		HttpResponse<String> loggedIn = guest.submit("/login", "username", name, "password", Browser.PASSWORD, "next",
				"/quizzes/shared-responsibility-check");
		assertThat(Browser.location(loggedIn)).isEqualTo("/quizzes/shared-responsibility-check");
		assertThat(guest.follow(loggedIn).body()).contains("Start the quiz");
	}

	@Test
	void pagesSendGuestsToLogInAndTheApiAnswers401() {
		Browser guest = new Browser(port);

		assertThat(guest.get("/me").headers().firstValue("Location").orElseThrow()).endsWith("/login?next=%2Fme");
		assertThat(guest.sendJson("POST", "/api/quizzes/shared-responsibility-check/attempts", null).statusCode())
			.isEqualTo(401);
		assertThat(guest.get("/courses/aws-data-security/shared-responsibility").statusCode()).isEqualTo(200);
	}

	@Test
	void theWayBackAfterLoginNeverLeavesTheSite() {
		String name = newName();
		new Browser(port).register(name, "Ana");
		for (String next : new String[] { "//elsewhere.example/", "https://elsewhere.example/", "/\\elsewhere.example",
				"javascript:alert(1)" }) {
			Browser ana = new Browser(port);
			ana.get("/login");
			assertThat(Browser.location(ana.submit("/login", "username", name, "password", Browser.PASSWORD, "next", next)))
				.as(next)
				.isEqualTo("/me");
		}
	}
}
