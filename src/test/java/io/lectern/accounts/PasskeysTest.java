package io.lectern.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.Authenticator;
import io.lectern.web.Browser;
import io.lectern.web.PortalTest;
import io.lectern.web.SoftPasskey;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Passkeys through Spring Security's own ceremonies, over HTTP, with a passkey kept in software:
 * registered from a logged-in session and listed by name; a login on their own, or the second step
 * after a password; refused when they belong to another account or were removed; removed only by
 * their owner with the current password. Each addition, removal and login is a security event.
 */
class PasskeysTest extends PortalTest {

	/**
	 * Refused passkeys and wrong passwords are sent from another address (as a proxy would say), so
	 * that they spend none of the test address's allowance of failures, which the other tests share.
	 */
	private static final String[] ELSEWHERE = { "X-Forwarded-For", "198.51.100.31" };

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPasskeyIsRegisteredNamedListedAndRecorded() {
		String name = newName();
		Browser learner = new Browser(port);
		learner.register(name, "Pia");

		SoftPasskey.register(learner, port, "  Pia's   laptop ");

		String page = learner.get("/me/security/passkeys").body();
		assertThat(page).contains("1 passkey", "Pia&#39;s laptop");
		assertThat(learner.get("/me/security").body()).contains("You have 1 passkey.");
		assertThat(events(name)).contains("PASSKEY_ADDED SUCCEEDED \"Pia's laptop\"");
		assertThat(jdbc.queryForObject("select count(*) from user_entities e join account a on a.username = e.name"
				+ " where a.username = ?", Integer.class, name)).isEqualTo(1);
	}

	@Test
	void aLongOrMarkedUpNameIsCutAndShownAsText() {
		Browser learner = Browser.newLearner(port);

		SoftPasskey.register(learner, port, "<img src=x onerror=alert(1)>" + "x".repeat(100));

		String page = learner.get("/me/security/passkeys").body();
		assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;xxx").doesNotContain("<img src=x").doesNotContain("x".repeat(40));
	}

	@Test
	void aPasskeyAloneLogsIn() {
		String name = newName();
		Browser learner = new Browser(port);
		learner.register(name, "Pia");
		SoftPasskey passkey = SoftPasskey.register(learner, port, "Phone");
		Browser elsewhere = new Browser(port);
		elsewhere.get("/login");
		String sessionBefore = elsewhere.sessionId().orElseThrow();
		String tokenBefore = csrfTokenOf(elsewhere);

		HttpResponse<String> login = passkey.logIn(elsewhere);

		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).isEqualTo("{\"authenticated\":true,\"redirectUrl\":\"/me\"}");
		assertThat(elsewhere.get("/me").statusCode()).isEqualTo(200);
		assertThat(elsewhere.get("/me/security").body()).contains("2 sessions");
		assertThat(events(name)).contains("LOGIN SUCCEEDED passkey");
		assertThat(elsewhere.sessionId()).as("a new session id").isPresent().isNotEqualTo(Optional.of(sessionBefore));
		assertThat(elsewhere.postForm("/logout", "_csrf", tokenBefore).statusCode()).as("the CSRF token from before")
			.isEqualTo(403);
		assertThat(elsewhere.get("/me").statusCode()).isEqualTo(200);
	}

	@Test
	void withAPasskeyAPasswordIsNotEnoughAndThePasskeyIsTheSecondStep() {
		String name = newName();
		Browser learner = new Browser(port);
		learner.register(name, "Pia");
		SoftPasskey passkey = SoftPasskey.register(learner, port, "Phone");
		Browser browser = new Browser(port);

		assertThat(Browser.location(browser.logIn(name, Browser.PASSWORD))).isEqualTo("/login/code");
		String step = browser.get("/login/code").body();
		assertThat(step).contains("Now use your passkey", "data-passkey-login", "/js/passkeys.js").doesNotContain("name=\"code\"");
		assertThat(Browser.location(browser.get("/me"))).isEqualTo("/login");

		assertThat(passkey.logIn(browser).statusCode()).isEqualTo(200);

		assertThat(browser.get("/me").statusCode()).isEqualTo(200);
		assertThat(events(name)).contains("LOGIN SUCCEEDED password and passkey");
	}

	@Test
	void withAnAppAndAPasskeyTheSecondStepOffersBoth() {
		Browser learner = Browser.newLearner(port);
		String name = usernameOf(learner);
		Authenticator app = Authenticator.fromSetUpPage(learner.get("/me/security/mfa").body());
		assertThat(learner.submit("/me/security/mfa", "code", app.now()).statusCode()).isEqualTo(200);
		SoftPasskey.register(learner, port, "Key");
		Browser browser = new Browser(port);

		browser.logIn(name, Browser.PASSWORD);

		assertThat(browser.get("/login/code").body()).contains("name=\"code\"", "Use a passkey instead");
	}

	@Test
	void aPasskeyOfAnotherAccountDoesNotFinishTheSecondStep() {
		String name = newName();
		Browser owner = new Browser(port);
		owner.register(name, "Pia");
		SoftPasskey own = SoftPasskey.register(owner, port, "Phone");
		SoftPasskey someoneElses = SoftPasskey.register(Browser.newLearner(port), port, "Other phone");
		Browser browser = new Browser(port);
		browser.logIn(name, Browser.PASSWORD);

		HttpResponse<String> refused = someoneElses.logIn(browser, ELSEWHERE);

		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).isEqualTo("{\"authenticated\":false}");
		assertThat(Browser.location(browser.get("/me"))).isEqualTo("/login");
		assertThat(events(name)).contains("MFA_FAILED FAILED passkey of another account");
		// As after a wrong code, the step waits for the right factor, within its five minutes.
		assertThat(browser.get("/login/code").statusCode()).isEqualTo(200);
		assertThat(own.logIn(browser).statusCode()).isEqualTo(200);
		assertThat(browser.get("/me").body()).contains("Pia");
	}

	@Test
	void aRemovedPasskeyNoLongerLogsIn() {
		String name = newName();
		Browser learner = new Browser(port);
		learner.register(name, "Pia");
		SoftPasskey passkey = SoftPasskey.register(learner, port, "Old phone");
		learner.get("/me/security/passkeys");

		HttpResponse<String> removal = learner.submit("/me/security/passkeys/remove", "passkey", passkey.id(),
				"currentPassword", Browser.PASSWORD);

		assertThat(Browser.location(removal)).isEqualTo("/me/security/passkeys");
		assertThat(learner.follow(removal).body()).contains("The passkey \u201cOld phone\u201d is removed", "You have no passkey yet");
		assertThat(events(name)).contains("PASSKEY_REMOVED SUCCEEDED \"Old phone\"");
		Browser elsewhere = new Browser(port);
		elsewhere.get("/login");
		assertThat(passkey.logIn(elsewhere, ELSEWHERE).statusCode()).isEqualTo(401);
		assertThat(Browser.location(elsewhere.get("/me"))).isEqualTo("/login");
		assertThat(Browser.location(new Browser(port).logIn(name, Browser.PASSWORD))).as("password alone again").isEqualTo("/me");
	}

	@Test
	void removingTakesTheCurrentPasswordAndOnlyTheAccountsOwnPasskey() {
		Browser owner = Browser.newLearner(port);
		SoftPasskey passkey = SoftPasskey.register(owner, port, "Phone");
		owner.get("/me/security/passkeys");
		HttpResponse<String> wrongPassword = owner.submitWithHeaders("/me/security/passkeys/remove", ELSEWHERE, "passkey",
				passkey.id(), "currentPassword", "not my password");
		Browser other = Browser.newLearner(port);
		other.get("/me/security/passkeys");

		HttpResponse<String> notTheirs = other.submit("/me/security/passkeys/remove", "passkey", passkey.id(),
				"currentPassword", Browser.PASSWORD);

		assertThat(wrongPassword.statusCode()).isEqualTo(400);
		assertThat(wrongPassword.body()).contains("That is not your current password");
		assertThat(notTheirs.statusCode()).isEqualTo(404);
		assertThat(owner.get("/me/security/passkeys").body()).contains("1 passkey");
		Browser elsewhere = new Browser(port);
		elsewhere.get("/login");
		assertThat(passkey.logIn(elsewhere).statusCode()).isEqualTo(200);
	}

	@Test
	void onlyALoggedInAccountRegistersAndSpringsOwnRemovalIsClosed() {
		Browser owner = Browser.newLearner(port);
		SoftPasskey passkey = SoftPasskey.register(owner, port, "Phone");
		Browser guest = new Browser(port);
		guest.get("/login");

		assertThat(guest.sendJson("POST", "/webauthn/register/options", null).statusCode()).isEqualTo(401);
		assertThat(guest.sendJson("POST", "/webauthn/register", "{}").statusCode()).isEqualTo(401);
		assertThat(owner.sendJson("DELETE", "/webauthn/register/" + passkey.id(), null).statusCode()).isEqualTo(404);
		assertThat(owner.get("/webauthn/register").statusCode()).as("no default page").isEqualTo(404);
		assertThat(owner.get("/me/security/passkeys").body()).contains("1 passkey");
	}

	@Test
	void anAdminResetRemovesThePasskeysTooAndIsRecorded() {
		String name = newName();
		Browser learner = new Browser(port);
		learner.register(name, "Pia");
		SoftPasskey passkey = SoftPasskey.register(learner, port, "Lost phone");
		String id = learner.get("/me/data.json").body().replaceAll("(?s).*\"learnerId\":\"([^\"]+)\".*", "$1");
		Browser admin = new Browser(port);
		admin.logIn(ADMIN, Browser.PASSWORD);
		admin.get("/admin/users");

		HttpResponse<String> reset = admin.submit("/admin/users/" + id + "/mfa/reset");

		assertThat(admin.follow(reset).body()).contains("Two-step login of " + name + " is reset");
		assertThat(jdbc.queryForList("select actor || ' ' || detail from security_event where username = ? and kind = 'PASSKEY_REMOVED'",
				String.class, name)).containsExactly(ADMIN + " 1 passkey");
		Browser elsewhere = new Browser(port);
		elsewhere.get("/login");
		assertThat(passkey.logIn(elsewhere, ELSEWHERE).statusCode()).isEqualTo(401);
	}

	@Test
	void deletingTheAccountDeletesItsPasskeys() {
		Browser learner = Browser.newLearner(port);
		String name = usernameOf(learner);
		SoftPasskey passkey = SoftPasskey.register(learner, port, "Phone");
		learner.get("/me/delete");

		assertThat(Browser.location(learner.submit("/me/delete", "password", Browser.PASSWORD))).isEqualTo("/");

		assertThat(jdbc.queryForObject("select count(*) from user_entities where name = ?", Integer.class, name)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from user_credentials where credential_id = ?", Integer.class,
				passkey.id())).isZero();
	}

	@Test
	void refusedPasskeysPauseLoginsFromTheirAddressButLockNoName() {
		Browser owner = Browser.newLearner(port);
		String name = usernameOf(owner);
		SoftPasskey unknown = SoftPasskey.unregistered(port);
		SoftPasskey known = SoftPasskey.register(owner, port, "Phone");
		String[] from = { "X-Forwarded-For", "203.0.113.24" };
		Browser attacker = new Browser(port);
		for (int i = 0; i < 20; i++) {
			assertThat(unknown.logIn(attacker, from).statusCode()).as("refusal " + (i + 1)).isEqualTo(401);
		}

		HttpResponse<String> paused = known.logIn(attacker, from);

		assertThat(paused.statusCode()).isEqualTo(429);
		assertThat(paused.headers().firstValue("Retry-After")).isPresent();
		Browser elsewhere = new Browser(port);
		assertThat(known.logIn(elsewhere).statusCode()).as("from another address").isEqualTo(200);
		assertThat(Browser.location(new Browser(port).logIn(name, Browser.PASSWORD))).as("the name is not locked")
			.isEqualTo("/login/code");
	}

	@Test
	void theLoginPageOffersAPasskeyThroughItsOwnScriptFile() {
		String page = new Browser(port).get("/login?next=/review").body();

		assertThat(page).contains("data-passkey-login", "action=\"/login/webauthn\"", "<script src=\"/js/passkeys.js\" defer></script>",
				"name=\"next\" value=\"/review\"");
		assertThat(page.replace("<script src=\"/js/", "")).doesNotContain("<script");
	}

	private List<String> events(String username) {
		return jdbc.queryForList("select kind || ' ' || outcome || coalesce(' ' || detail, '') from security_event"
				+ " where username = ? order by id", String.class, username);
	}

	/** The session's CSRF token as the JSON API gives it. */
	private static String csrfTokenOf(Browser browser) {
		return browser.get("/api/csrf").body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
	}

		private static String usernameOf(Browser learner) {
		return learner.get("/me/data.json").body().replaceAll("(?s).*\"username\":\"([^\"]+)\".*", "$1");
	}

	private static String newName() {
		return "pk-" + UUID.randomUUID().toString().substring(0, 8);
	}
}
