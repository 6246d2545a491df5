package io.lectern.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.lectern.accounts.Accounts;
import io.lectern.accounts.LearnerId;
import io.lectern.operations.internal.backup.DatabaseBackups;
import io.lectern.web.Authenticator;
import io.lectern.web.Browser;
import io.lectern.web.BundledQuiz;
import io.lectern.web.PortalTest;
import io.lectern.web.SoftPasskey;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every request that changes something needs the session's CSRF token, the login form included:
 * each state-changing route, found in Spring MVC's own mapping, is sent with the victim's session
 * but without a token, and then with a made-up one. Both get 403 and change nothing that the
 * learner's data download, the accounts or the backups show. Where it is harmless, the same request
 * is then sent with the token, to show that the token was all it lacked and that the check would
 * have seen a change.
 */
class CsrfTest extends PortalTest {

	private static final String ATTEMPTS = BundledQuiz.INTRO + "/attempts";

	private static final String API_QUIZ = "/api" + BundledQuiz.INTRO;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	Accounts accounts;

	@Autowired
	DatabaseBackups backups;

	@Autowired
	JdbcTemplate jdbc;

	private Forger forger;

	/**
	 * A state-changing request as a victim's browser would send it for another site: form fields, or
	 * JSON (with a body or none) when there is no {@code tokenPage}, as API clients send it. {@code state} reads what it would change (null where it
	 * changes nothing lasting); {@code withToken} is the answer expected when the victim sends it
	 * properly from {@code tokenPage}, or empty where doing so is not wanted in a test run.
	 */
	record Forgery(Browser victim, String method, String url, List<String> fields, String json,
			Supplier<Object> state, String tokenPage, Optional<Integer> withToken) {

		static Forgery form(Browser victim, String url, String tokenPage, Supplier<Object> state,
				Optional<Integer> withToken, String... fields) {
			return new Forgery(victim, "POST", url, List.of(fields), null, state, tokenPage, withToken);
		}

		static Forgery json(Browser victim, String method, String url, String json, Supplier<Object> state,
				Optional<Integer> withToken) {
			return new Forgery(victim, method, url, List.of(), json, state, null, withToken);
		}
	}

	@BeforeEach
	void forger() {
		forger = new Forger(port);
	}

	@Test
	void everyStateChangingRouteIsForgedBelow() {
		Set<String> mapped = Routes.changingState(mapping);
		mapped.addAll(Set.of("/login", "/logout"));
		// Spring Security's passkey endpoints are filters, not Spring MVC routes.
		mapped.addAll(Set.of("/login/webauthn", "/webauthn/authenticate/options", "/webauthn/register/options",
				"/webauthn/register"));

		assertThat(new TreeSet<>(forgeries().keySet())).isEqualTo(mapped);
	}

	@TestFactory
	Stream<DynamicTest> everyStateChangingRouteRefusesARequestWithoutItsToken() {
		return forgeries().entrySet()
			.stream()
			.map(route -> dynamicTest(route.getKey(), () -> refused(route.getValue().get())));
	}

	@Test
	void aTokenFromAnotherSessionIsRefused() {
		Browser victim = Browser.newLearner(port);
		Object before = recordsOf(victim);
		Browser attacker = Browser.newLearner(port);
		String attackersToken = csrfTokenOf(attacker);

		HttpResponse<String> forged = forge(Forgery.form(victim, ATTEMPTS, "/me", null, Optional.empty()),
				Optional.of(attackersToken));

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(recordsOf(victim)).isEqualTo(before);
		// The token itself is good: in its own session it starts an attempt.
		assertThat(forge(Forgery.form(attacker, ATTEMPTS, "/me", null, Optional.empty()), Optional.of(attackersToken))
			.statusCode()).isEqualTo(302);
	}

	@Test
	void aLinkToLogoutDoesNotLogAnyoneOut() {
		Browser learner = Browser.newLearner(port);

		HttpResponse<String> followed = learner.get("/logout");

		assertThat(followed.statusCode()).isEqualTo(404);
		assertThat(learner.get("/me").statusCode()).isEqualTo(200);
	}

	/** Each state-changing route, with a victim and real values set up only when its test runs. */
	private Map<String, Supplier<Forgery>> forgeries() {
		Map<String, Supplier<Forgery>> all = new LinkedHashMap<>();
		all.put("/quizzes/{quizId}/attempts", () -> {
			Browser learner = Browser.newLearner(port);
			return Forgery.form(learner, ATTEMPTS, BundledQuiz.INTRO, () -> recordsOf(learner), Optional.of(302));
		});
		all.put("/quizzes/{quizId}/attempts/{attemptId}", () -> {
			Browser learner = Browser.newLearner(port);
			String attempt = BundledQuiz.start(learner);
			return Forgery.form(learner, attempt, attempt, () -> recordsOf(learner), Optional.of(302), "q-lost-key",
					"forged", "action", "submit");
		});
		all.put("/quizzes/{quizId}/practice/{questionId}", () -> {
			Browser guest = new Browser(port);
			String practice = "/quizzes/least-privilege-practice/practice";
			guest.get(practice);
			return Forgery.form(guest, practice + "/nested-groups", practice, null, Optional.of(200), "q-nested-groups",
					"true");
		});
		all.put("/api/quizzes/{quizId}/attempts", () -> {
			Browser learner = Browser.newLearner(port);
			return Forgery.json(learner, "POST", API_QUIZ + "/attempts", null, () -> recordsOf(learner), Optional.of(201));
		});
		all.put("/api/quizzes/{quizId}/attempts/{attemptId}/answers", () -> {
			Browser learner = Browser.newLearner(port);
			String attempt = "/api" + BundledQuiz.start(learner);
			return Forgery.json(learner, "PUT", attempt + "/answers", "{\"answers\": {\"lost-key\": {\"text\": \"forged\"}}}",
					() -> recordsOf(learner), Optional.of(204));
		});
		all.put("/api/quizzes/{quizId}/attempts/{attemptId}/submission", () -> {
			Browser learner = Browser.newLearner(port);
			String attempt = "/api" + BundledQuiz.start(learner);
			return Forgery.json(learner, "POST", attempt + "/submission", "{\"answers\": {}}", () -> recordsOf(learner),
					Optional.of(200));
		});
		all.put("/review/{quizId}/{questionId}", () -> {
			Browser learner = learnerWithReviewsDue();
			return Forgery.form(learner, "/review/shared-responsibility-check/rds-patching", "/review",
					() -> recordsOf(learner), Optional.of(200), "q-rds-patching", "aws");
		});
		all.put("/progress/completions", () -> {
			Browser learner = Browser.newLearner(port);
			return Forgery.form(learner, "/progress/completions", "/me", () -> recordsOf(learner), Optional.of(302),
					"course", "aws-data-security", "lesson", "about");
		});
		all.put("/me/preferences", () -> {
			Browser learner = Browser.newLearner(port);
			String id = Cast.learnerIdOf(learner);
			return Forgery.form(learner, "/me/preferences", "/me/preferences",
					() -> jdbc.queryForList("select interface_language, time_zone from account where public_id = ?", id),
					Optional.of(302), "language", "de", "zone", "Europe/Berlin");
		});
		all.put("/me/delete", () -> {
			Browser learner = Browser.newLearner(port);
			String id = Cast.learnerIdOf(learner);
			return Forgery.form(learner, "/me/delete", "/me/delete", () -> accounts.profile(LearnerId.of(id)).isPresent(),
					Optional.of(302), "password", Browser.PASSWORD);
		});
		all.put("/me/security/password", () -> {
			Browser learner = Browser.newLearner(port);
			String name = usernameOf(learner);
			return Forgery.form(learner, "/me/security/password", "/me/security",
					() -> jdbc.queryForObject("select password_hash from account where username = ?", String.class, name),
					Optional.of(302), "currentPassword",
					Browser.PASSWORD, "newPassword", "forged but long enough 1", "confirmPassword", "forged but long enough 1");
		});
		all.put("/me/security/sessions/end", () -> {
			Browser learner = Browser.newLearner(port);
			Browser phone = new Browser(port);
			phone.logIn(usernameOf(learner), Browser.PASSWORD);
			String session = learner.get("/me/security").body().replaceAll("(?s).*name=\"session\" value=\"([^\"]+)\".*", "$1");
			return Forgery.form(learner, "/me/security/sessions/end", "/me/security", () -> phone.get("/me").statusCode(),
					Optional.of(302), "session", session, "currentPassword", Browser.PASSWORD);
		});
		all.put("/me/security/email", () -> {
			Browser learner = Browser.newLearner(port);
			String name = usernameOf(learner);
			return Forgery.form(learner, "/me/security/email", "/me/security",
					() -> String.valueOf(jdbc.queryForObject("select email from account where username = ?", String.class, name)),
					Optional.of(302), "email", "forged@attacker.example", "currentPassword", Browser.PASSWORD);
		});
		all.put("/me/security/mfa", () -> {
			Browser learner = Browser.newLearner(port);
			String id = Cast.learnerIdOf(learner);
			Authenticator app = Authenticator.fromSetUpPage(learner.get("/me/security/mfa").body());
			return Forgery.form(learner, "/me/security/mfa", "/me/security/mfa", () -> twoStepLoginOf(id), Optional.of(200),
					"code", app.now());
		});
		all.put("/me/security/mfa/remove", () -> {
			Browser learner = Browser.newLearner(port);
			String id = Cast.learnerIdOf(learner);
			String recoveryCode = enrol(learner);
			return Forgery.form(learner, "/me/security/mfa/remove", "/me/security/mfa", () -> twoStepLoginOf(id),
					Optional.of(302), "currentPassword", Browser.PASSWORD, "code", recoveryCode);
		});
		all.put("/me/security/mfa/recovery-codes", () -> {
			Browser learner = Browser.newLearner(port);
			String id = Cast.learnerIdOf(learner);
			String recoveryCode = enrol(learner);
			return Forgery.form(learner, "/me/security/mfa/recovery-codes", "/me/security/mfa",
					() -> jdbc.queryForList("select code_hash from account_recovery_code where learner_id = ? order by id",
							String.class, id),
					Optional.of(200), "currentPassword", Browser.PASSWORD, "code", recoveryCode);
		});
		all.put("/admin/users/{learnerId}/mfa/reset", () -> {
			Browser target = Browser.newLearner(port);
			String id = Cast.learnerIdOf(target);
			enrol(target);
			return Forgery.form(Cast.admin(port), "/admin/users/" + id + "/mfa/reset", "/admin/users", () -> twoStepLoginOf(id),
					Optional.of(302));
		});
		all.put("/me/security/passkeys/remove", () -> {
			Browser learner = Browser.newLearner(port);
			SoftPasskey passkey = SoftPasskey.register(learner, port, "Phone");
			return Forgery.form(learner, "/me/security/passkeys/remove", "/me/security/passkeys",
					() -> learner.get("/me/security/passkeys").body().contains("1 passkey"), Optional.of(302), "passkey",
					passkey.id(), "currentPassword", Browser.PASSWORD);
		});
		all.put("/webauthn/register/options", () -> Forgery.json(Browser.newLearner(port), "POST",
				"/webauthn/register/options", null, null, Optional.of(200)));
		all.put("/webauthn/register", () -> {
			Browser learner = Browser.newLearner(port);
			String registration = SoftPasskey.unregistered(port).registrationFor(learner, "Forged");
			return Forgery.json(learner, "POST", "/webauthn/register", registration,
					() -> learner.get("/me/security/passkeys").body().contains("1 passkey"), Optional.of(200));
		});
		all.put("/webauthn/authenticate/options", () -> Forgery.json(guestOn("/login"), "POST",
				"/webauthn/authenticate/options", null, null, Optional.of(200)));
		all.put("/login/webauthn", () -> {
			SoftPasskey passkey = SoftPasskey.register(Browser.newLearner(port), port, "Phone");
			Browser guest = guestOn("/login");
			return Forgery.json(guest, "POST", "/login/webauthn", passkey.assertionFor(guest),
					() -> guest.get("/me").statusCode(), Optional.of(200));
		});
		// Without a password checked moments before in the same session, there is no second step to take.
		all.put("/login/code", () -> Forgery.form(guestOn("/login"), "/login/code", "/login", null, Optional.of(302),
				"code", "123456"));
		all.put("/admin/users/{learnerId}/reset-link", () -> {
			Browser target = Browser.newLearner(port);
			String name = usernameOf(target);
			return Forgery.form(Cast.admin(port), "/admin/users/" + Cast.learnerIdOf(target) + "/reset-link", "/admin/users",
					() -> jdbc.queryForObject("select count(*) from one_time_token where username = ?", Integer.class, name),
					Optional.of(200));
		});
		all.put("/admin/users/{learnerId}/sessions/end", () -> {
			Browser target = Browser.newLearner(port);
			return Forgery.form(Cast.admin(port), "/admin/users/" + Cast.learnerIdOf(target) + "/sessions/end", "/admin/users",
					() -> target.get("/me").statusCode(), Optional.of(302));
		});
		// Without a good token these change nothing even when sent properly; the token tests are in the accounts tests.
		all.put("/login/forgot", () -> Forgery.form(guestOn("/login"), "/login/forgot", "/login", null, Optional.of(200),
				"account", "someone"));
		all.put("/login/reset", () -> Forgery.form(guestOn("/login"), "/login/reset", "/login", null, Optional.of(400),
				"token", "made-up", "newPassword", "forged but long enough 2", "confirmPassword", "forged but long enough 2"));
		all.put("/email/confirm", () -> Forgery.form(guestOn("/login"), "/email/confirm", "/login", null, Optional.of(400),
				"token", "made-up"));
		// Without a provider's login waiting in the session there is nothing to link or open; the flow is in SingleSignOnTest.
		all.put("/login/sso/link", () -> Forgery.form(guestOn("/login"), "/login/sso/link", "/login", null,
				Optional.of(302), "username", PortalTest.ADMIN, "password", Browser.PASSWORD));
		// Without a provider linked to the account, its token lets it through to a 404; with the token
		// missing it is refused before that, like every other route.
		all.put("/me/security/confirm", () -> Forgery.form(Browser.newLearner(port), "/me/security/confirm", "/me/security",
				null, Optional.of(404), "provider", "school", "next", "/me/security"));
		all.put("/login/sso/new", () -> Forgery.form(guestOn("/login"), "/login/sso/new", "/login", null, Optional.of(302)));
		all.put("/admin/users/{learnerId}/roles", () -> {
			String target = Cast.learnerIdOf(Browser.newLearner(port));
			return Forgery.form(Cast.admin(port), "/admin/users/" + target + "/roles", "/admin/users",
					() -> accounts.profile(LearnerId.of(target)).orElseThrow().roles(), Optional.of(302), "role", "INSTRUCTOR");
		});
		// Sent with its token, this would write a real backup of the shared database into the working folder.
		all.put("/admin/backups", () -> Forgery.form(Cast.admin(port), "/admin/backups", "/admin/backups",
				() -> backups.all().stream().map(DatabaseBackups.Backup::name).toList(), Optional.empty()));
		// The bundled course does not change while the portal runs: with its token, the reload answers and changes nothing.
		all.put("/admin/content/reload", () -> Forgery.form(Cast.admin(port), "/admin/content/reload", "/admin/content", null,
				Optional.of(302)));
		all.put("/me/certificates/{id}/visibility", () -> Forgery.form(Browser.newLearner(port),
				"/me/certificates/AAAAAAAAAAAAAAAAAAAAAA/visibility", "/me/certificates", null, Optional.of(404), "public", "false"));
		all.put("/me/certificates/name", () -> {
			Browser learner = Browser.newLearner(port);
			return Forgery.form(learner, "/me/certificates/name", "/me/certificates",
					() -> learner.get("/me/certificates").body().contains("Mallory"), Optional.of(302), "printedName", "Mallory");
		});
		all.put("/admin/certificates/{id}/revocation", () -> Forgery.form(Cast.admin(port),
				"/admin/certificates/AAAAAAAAAAAAAAAAAAAAAA/revocation", "/admin/certificates", null, Optional.of(404), "reason", "forged"));
		all.put("/admin/certificates/signing-key", () -> Forgery.form(Cast.admin(port), "/admin/certificates/signing-key",
				"/admin/certificates", () -> jdbc.queryForObject("select count(*) from credential_key", Integer.class),
				Optional.of(302)));
		all.put("/verify", () -> Forgery.form(guestOn("/verify"), "/verify", "/verify", null, Optional.of(200), "credential",
				"not a credential"));
		all.put("/register", () -> {
			Browser guest = new Browser(port);
			guest.get("/register");
			String username = "forged-" + UUID.randomUUID().toString().substring(0, 8);
			Browser admin = Cast.admin(port);
			return Forgery.form(guest, "/register", "/register",
					() -> admin.get("/admin/users?q=" + username).body().contains(">" + username + "</th>"), Optional.of(302),
					"displayName", "Forged", "username", username, "password", Browser.PASSWORD, "confirmPassword",
					Browser.PASSWORD);
		});
		all.put("/login", () -> {
			String username = "login-" + UUID.randomUUID().toString().substring(0, 8);
			new Browser(port).register(username, "Logged In By Others");
			Browser guest = new Browser(port);
			guest.get("/login");
			return Forgery.form(guest, "/login", "/login", () -> guest.get("/me").statusCode(), Optional.of(302),
					"username", username, "password", Browser.PASSWORD);
		});
		all.put("/logout", () -> {
			Browser learner = Browser.newLearner(port);
			return Forgery.form(learner, "/logout", "/me", () -> learner.get("/me").statusCode(), Optional.of(302));
		});
		// These three only show a page, and a request with a token changes nothing either.
		all.put("/login/failed", () -> Forgery.form(guestOn("/login"), "/login/failed", "/login", null, Optional.empty(),
				"username", "someone"));
		all.put("/login/throttled", () -> Forgery.form(guestOn("/login"), "/login/throttled", "/login", null,
				Optional.empty(), "username", "someone"));
		all.put("/error", () -> Forgery.form(guestOn("/login"), "/error", "/login", null, Optional.empty()));
		return all;
	}

	private void refused(Forgery forgery) {
		Object before = forgery.state() == null ? null : forgery.state().get();

		HttpResponse<String> withoutToken = forge(forgery, Optional.empty());
		HttpResponse<String> madeUpToken = forge(forgery, Optional.of(UUID.randomUUID().toString()));

		assertThat(withoutToken.statusCode()).as("without a token").isEqualTo(403);
		assertThat(madeUpToken.statusCode()).as("with a made-up token").isEqualTo(403);
		if (forgery.state() != null) {
			assertThat(forgery.state().get()).as("what the request would change").isEqualTo(before);
		}
		if (forgery.withToken().isPresent()) {
			HttpResponse<String> proper = sendProperly(forgery);
			assertThat(proper.statusCode()).as("the same request with its token").isEqualTo(forgery.withToken().get());
			if (forgery.state() != null) {
				assertThat(forgery.state().get()).as("what the request with its token changed").isNotEqualTo(before);
			}
		}
	}

	/** The request with the victim's session cookie, and the given token if any, as another site would send it. */
	private HttpResponse<String> forge(Forgery forgery, Optional<String> token) {
		List<String> headers = new ArrayList<>(Forger.sessionOf(forgery.victim()));
		if (forgery.tokenPage() == null) {
			headers.addAll(List.of("Content-Type", "application/json"));
			token.ifPresent(value -> headers.addAll(List.of("X-CSRF-TOKEN", value)));
			return forger.send(forgery.method(), forgery.url(), forgery.json(), headers);
		}
		List<String> fields = new ArrayList<>(forgery.fields());
		token.ifPresent(value -> fields.addAll(List.of("_csrf", value)));
		headers.addAll(List.of("Content-Type", "application/x-www-form-urlencoded"));
		return forger.send("POST", forgery.url(), encode(fields), headers);
	}

	private static HttpResponse<String> sendProperly(Forgery forgery) {
		if (forgery.tokenPage() == null) {
			return forgery.victim().sendJson(forgery.method(), forgery.url(), forgery.json());
		}
		forgery.victim().get(forgery.tokenPage());
		return forgery.victim().submit(forgery.url(), forgery.fields().toArray(String[]::new));
	}

	/** Everything the portal keeps about the learner, as their data download has it, less the time of the download. */
	private static String recordsOf(Browser learner) {
		HttpResponse<String> data = learner.get("/me/data.json");
		assertThat(data.statusCode()).isEqualTo(200);
		return data.body().replaceFirst("\"exportedAt\":\"[^\"]*\"", "");
	}

	/** A learner who missed every question of the bundled quiz a day ago, so all of them are due for review now. */
	private Browser learnerWithReviewsDue() {
		Browser learner = Browser.newLearner(port);
		BundledQuiz.fail(learner);
		String id = Cast.learnerIdOf(learner);
		// Progress records the missed questions after the commit, on its own threads.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from review_card where learner = ?", Integer.class, id) == 13);
		jdbc.update("update review_card set due_at = ? where learner = ?",
				Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), id);
		assertThat(learner.get("/review").body()).contains("13 questions are due");
		return learner;
	}

	/** Whether the account has two-step login on. */
	private boolean twoStepLoginOf(String learnerId) {
		return jdbc.queryForObject("select count(*) from account_totp where learner_id = ? and confirmed_at is not null",
				Integer.class, learnerId) > 0;
	}

	/** Turns two-step login on for the learner; one of the recovery codes shown. */
	private static String enrol(Browser learner) {
		Authenticator app = Authenticator.fromSetUpPage(learner.get("/me/security/mfa").body());
		HttpResponse<String> on = learner.submit("/me/security/mfa", "code", app.now());
		assertThat(on.statusCode()).isEqualTo(200);
		return on.body().replaceAll("(?s).*?<code>([a-z2-9-]{19})</code>.*", "$1");
	}

	private static String usernameOf(Browser learner) {
		return learner.get("/me/data.json").body().replaceAll("(?s).*\"username\":\"([^\"]+)\".*", "$1");
	}

	private Browser guestOn(String page) {
		Browser guest = new Browser(port);
		guest.get(page);
		return guest;
	}

	/** The CSRF token of the browser's own session, as API clients fetch it. */
	private static String csrfTokenOf(Browser browser) {
		return browser.get("/api/csrf").body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
	}

	private static String encode(List<String> fields) {
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i + 1 < fields.size(); i += 2) {
			pairs.add(URLEncoder.encode(fields.get(i), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(fields.get(i + 1), StandardCharsets.UTF_8));
		}
		return pairs.stream().collect(Collectors.joining("&"));
	}
}
