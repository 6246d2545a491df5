package io.lectern.security;

import static io.lectern.security.Visitor.GUEST;
import static io.lectern.security.Visitor.INSTRUCTOR;
import static io.lectern.security.Visitor.LEARNER;

import io.lectern.web.Browser;
import io.lectern.web.BundledQuiz;
import io.lectern.web.PortalTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Requests that cannot be answered get a plain error, never the portal's insides: bad path
 * variables, unknown addresses, wrong methods and media types, malformed, oversized or
 * deliberately odd parameters and bodies, on pages and on the JSON API. Each must get the status
 * written here, and no body may name an exception, a stack frame, a package, SQL or the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorPagesTest extends PortalTest {

	/** Words that only a stack trace, an exception message or a database error would put on a page. */
	private static final List<String> LEAKS = List.of("Exception", "at io.", "org.springframework", "SQL", "java.", "jdbc",
			"JDBC", "Hibernate", "hibernate", "jackson", "Jackson", "\"trace\"", "\"exception\"", "Tomcat", "Caused by");

	/** An attribute value that is a random token: a long run of URL-safe Base64 characters. */
	private static final Pattern RANDOM_TOKEN = Pattern.compile("\"[A-Za-z0-9_-]{32,}={0,2}\"");

	private static final String FORM = "application/x-www-form-urlencoded";

	private static final String JSON = "application/json";

	/** Refused passkeys count against their address: not the test address, which the other tests share. */
	private static final String PASSKEY_FAILURES_FROM = "198.51.100.32";

	/** A browser's Accept header, an API client's, and none at all: each can lead to another error renderer. */
	private static final List<List<String>> ACCEPTS = List.of(
			List.of("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
			List.of("Accept", "application/json"), List.of());

	private Cast cast;

	private Forger forger;

	/**
	 * One request that cannot be honoured: who sends it, how, and the status it must get.
	 * {@code withToken} adds the session's CSRF token, so the request reaches the handler rather
	 * than being stopped at the door.
	 */
	record Provocation(String what, Visitor who, String method, String path, List<String> headers, String body,
			boolean withToken, int status) {

		static Provocation get(String what, Visitor who, String path, int status) {
			return new Provocation(what, who, "GET", path, List.of(), null, false, status);
		}

		static Provocation send(String what, Visitor who, String method, String path, String contentType, String body,
				int status) {
			return new Provocation(what, who, method, path, List.of("Content-Type", contentType), body, true, status);
		}

		Provocation with(String header, String value) {
			List<String> more = new ArrayList<>(headers);
			more.addAll(List.of(header, value));
			return new Provocation(what, who, method, path, more, body, withToken, status);
		}
	}

	@BeforeAll
	void assemble() {
		cast = Cast.assemble(port);
		forger = new Forger(port);
	}

	@Test
	void pagesThatCannotBeShownSayNothingAboutTheirCause() {
		check(List.of(Provocation.get("unknown address", GUEST, "/no/such/page", 404),
				Provocation.get("unknown course", GUEST, "/courses/no-such-course", 404),
				Provocation.get("unknown lesson", GUEST, "/courses/aws-data-security/no-such-lesson", 404),
				Provocation.get("unknown media", GUEST, "/courses/aws-data-security/media/../../application.properties", 400),
				Provocation.get("unknown quiz", GUEST, "/quizzes/no-such-quiz", 404),
				Provocation.get("quiz id with SQL in it", GUEST, "/quizzes/x'%20OR%20'1'='1", 404),
				Provocation.get("unknown attempt", LEARNER, BundledQuiz.INTRO + "/attempts/00000000-0000-0000-0000-000000000000", 404),
				Provocation.get("attempt id with SQL in it", LEARNER, BundledQuiz.INTRO + "/attempts/1'%20OR%20'1'='1", 404),
				Provocation.get("a page number that is no number", Visitor.ADMIN, "/admin/users?page=abc", 400),
				Provocation.get("a page number too big for an int", Visitor.ADMIN, "/admin/users?page=99999999999999999999", 400),
				Provocation.get("a backup name climbing out of its folder", Visitor.ADMIN, "/admin/backups/..%2F..%2Fpom.xml", 400),
				Provocation.get("an unknown backup", Visitor.ADMIN, "/admin/backups/lectern-20000101-000000.zip", 404),
				Provocation.get("an unknown kind of security event", Visitor.ADMIN, "/admin/security-events?kind=EMPEROR", 400),
				Provocation.get("a security event day that is no day", Visitor.ADMIN, "/admin/security-events?from=yesterday", 400),
				Provocation.get("a security events CSV of an unknown outcome", Visitor.ADMIN,
						"/admin/security-events.csv?outcome=x'%20OR%201=1", 400),
				Provocation.get("unknown cohort", INSTRUCTOR, "/instructor/courses/no-such-course", 404),
				Provocation.get("unknown item analysis", INSTRUCTOR, "/instructor/quizzes/no-such-quiz", 404),
				Provocation.get("unknown explorer choice", GUEST, "/diagrams/shared-responsibility?service=no-such-service", 400),
				Provocation.get("unknown explorer image", GUEST, "/diagrams/shared-responsibility.svg?compare=some", 400)
					.with("Accept", "image/svg+xml"),
				Provocation.get("the error page asked for directly", GUEST, "/error", 500),
				Provocation.send("POST to a page that is only read", GUEST, "POST", "/courses", FORM, "", 405),
				Provocation.send("PUT to the home page", GUEST, "PUT", "/", FORM, "", 405),
				Provocation.send("DELETE on a quiz", LEARNER, "DELETE", BundledQuiz.INTRO, FORM, "", 405),
				Provocation.send("answer to a question the practice lacks", GUEST, "POST",
						"/quizzes/least-privilege-practice/practice/no-such-question", FORM, "", 404),
				Provocation.send("review of a question that is not due", LEARNER, "POST", "/review/no-such-quiz/no-such-question",
						FORM, "", 409),
				Provocation.send("roles of an unknown account", Visitor.ADMIN, "POST", "/admin/users/no-such-account/roles", FORM,
						"role=INSTRUCTOR", 404),
				Provocation.send("roles that do not exist", Visitor.ADMIN, "POST", "/admin/users/no-such-account/roles", FORM,
						"role=EMPEROR", 400),
				Provocation.send("a reset link for an unknown account", Visitor.ADMIN, "POST", "/admin/users/no-such-account/reset-link",
						FORM, "", 404),
				Provocation.send("sessions of an unknown account", Visitor.ADMIN, "POST", "/admin/users/no-such-account/sessions/end",
						FORM, "", 404),
				Provocation.send("a two-step login reset of an unknown account", Visitor.ADMIN, "POST",
						"/admin/users/no-such-account/mfa/reset", FORM, "", 404),
				Provocation.send("a set-up code far too long", LEARNER, "POST", "/me/security/mfa", FORM,
						"code=" + "9".repeat(20_000), 400),
				Provocation.send("turning off two-step login that is off, with a huge code", LEARNER, "POST",
						"/me/security/mfa/remove", FORM, "currentPassword=x&code=" + "c".repeat(20_000), 302),
				Provocation.send("a second step nobody started", GUEST, "POST", "/login/code", FORM, "code=123456", 302),
				Provocation.send("a reset with a token far too long", GUEST, "POST", "/login/reset", FORM,
						"token=" + "t".repeat(20_000) + "&newPassword=long%20enough%20password&confirmPassword=long%20enough%20password", 400),
				Provocation.send("an e-mail address far too long", LEARNER, "POST", "/me/security/email", FORM,
						"email=" + "e".repeat(20_000) + "@x.example", 302),
				Provocation.send("ending a session that does not exist", LEARNER, "POST", "/me/security/sessions/end", FORM,
						"session=x'%20OR%201=1&currentPassword=" + Browser.PASSWORD.replace(" ", "%20"), 404),
				Provocation.send("completion of an unknown lesson", LEARNER, "POST", "/progress/completions", FORM,
						"course=x&lesson=y", 404),
				Provocation.send("a numeric answer of a billion digits' exponent", LEARNER, "POST", cast.openAttempt(), FORM,
						"q-models-count=1e999999999&action=save", 302),
				Provocation.send("a registration with a huge username", GUEST, "POST", "/register", FORM,
						"displayName=x&username=" + "u".repeat(20_000) + "&password=p&confirmPassword=p", 400)));
	}

	@Test
	void malformedAndOversizedRequestsAreRefusedPlainly() {
		check(List.of(Provocation.get("a search too long to be one", GUEST, "/search?q=" + "x".repeat(5_000), 400),
				Provocation.get("an encoded climb out of the site", GUEST, "/courses/%2e%2e/%2e%2e/pom.xml", 400),
				Provocation.get("a session id in the path", GUEST, "/courses;jsessionid=abc", 400),
				Provocation.get("an encoded NUL", GUEST, "/courses/%00", 400),
				Provocation.get("an address longer than the server takes", GUEST, "/search?q=" + "y".repeat(20_000), 400),
				new Provocation("TRACE", GUEST, "TRACE", "/", List.of(), null, false, 405),
				Provocation.get("a cookie larger than the server takes", GUEST, "/", 400).with("Cookie", "c=" + "z".repeat(20_000))));
	}

	@Test
	void theJsonApiAnswersProblemsWithoutItsInsides() {
		String attempt = "/api" + cast.openAttempt();
		String answers = attempt + "/answers";
		check(List.of(Provocation.send("cut-off JSON", LEARNER, "PUT", answers, JSON, "{\"answers\": ", 400),
				Provocation.send("JSON of the wrong shape", LEARNER, "PUT", answers, JSON, "{\"answers\": [1, 2]}", 400),
				Provocation.send("an answer of the wrong shape", LEARNER, "PUT", answers, JSON,
						"{\"answers\": {\"models-count\": {\"pairs\": \"x\"}}}", 400),
				Provocation.send("JSON nested far too deep", LEARNER, "PUT", answers, JSON,
						"{\"answers\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}", 400),
				Provocation.send("not JSON at all", LEARNER, "PUT", answers, "text/plain", "answers", 415),
				Provocation.send("an answer to a question the quiz lacks", LEARNER, "PUT", answers, JSON,
						"{\"answers\": {\"no-such-question\": {\"text\": \"x\"}}}", 400),
				Provocation.send("answers to a submitted attempt", LEARNER, "PUT", "/api" + cast.submittedAttempt() + "/answers",
						JSON, "{\"answers\": {}}", 409),
				Provocation.send("a submission of garbage", LEARNER, "POST", attempt + "/submission", JSON, "\"", 400),
				Provocation.send("an attempt at an unknown quiz", LEARNER, "POST", "/api/quizzes/no-such-quiz/attempts", JSON,
						null, 404),
				Provocation.send("DELETE on the quiz list", LEARNER, "DELETE", "/api/quizzes", JSON, null, 405),
				Provocation.send("a passkey login of cut-off JSON", GUEST, "POST", "/login/webauthn", JSON, "{\"id\": ", 401)
					.with("X-Forwarded-For", PASSKEY_FAILURES_FROM),
				Provocation.send("a passkey login of the wrong shape", GUEST, "POST", "/login/webauthn", JSON,
						"{\"id\": \"x\", \"rawId\": \"%%%\", \"response\": [1]}", 401).with("X-Forwarded-For", PASSKEY_FAILURES_FROM),
				Provocation.send("a passkey login with no challenge asked for", GUEST, "POST", "/login/webauthn", JSON,
						"{\"id\": \"AAAA\", \"rawId\": \"AAAA\", \"type\": \"public-key\", \"response\": {\"authenticatorData\": \"AAAA\","
								+ " \"clientDataJSON\": \"AAAA\", \"signature\": \"AAAA\"}, \"clientExtensionResults\": {}}", 401)
					.with("X-Forwarded-For", PASSKEY_FAILURES_FROM),
				Provocation.send("a passkey registration of garbage", LEARNER, "POST", "/webauthn/register", JSON, "\"", 400),
				Provocation.send("a passkey registration without a login", GUEST, "POST", "/webauthn/register", JSON, "{}", 401),
				Provocation.get("unknown quiz", GUEST, "/api/quizzes/no-such-quiz", 404),
				Provocation.get("unknown attempt", LEARNER, "/api" + BundledQuiz.INTRO + "/attempts/no-such-attempt", 404),
				Provocation.get("someone else's attempt", INSTRUCTOR, attempt, 404),
				Provocation.get("an attempt without a login", GUEST, attempt, 401),
				Provocation.get("a search too long to be one", GUEST, "/api/search?q=" + "x".repeat(5_000), 400),
				Provocation.get("XML asked of a JSON route", GUEST, "/api/quizzes", 406).with("Accept", "application/xml")));
	}

	@Test
	void answersOfTheWrongKindForTheirQuestionBreakNoPage() {
		Browser learner = Browser.newLearner(port);
		String attempt = BundledQuiz.start(learner);
		String api = "/api" + attempt;
		String mismatched = """
				{"answers": {"rds-patching": {"text": "aws"}, "always-yours": {"pairs": {"data": "access"}},
				  "lost-key": {"order": ["sse-c"]}, "models-count": {"choices": ["3"]},
				  "match-models": {"order": ["ec2", "emr"]}, "more-to-less": {"pairs": {"ec2": "1"}},
				  "s3-model": {"text": "false"}, "in-transit-protocol": {"pairs": {"tls": "tls"}}}}""";

		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(learner.sendJson("PUT", api + "/answers", mismatched).statusCode()).as("saved").isEqualTo(204);
		for (String path : List.of(attempt, api)) {
			HttpResponse<String> shown = learner.get(path);
			softly.assertThat(shown.statusCode()).as("in progress: " + path).isEqualTo(200);
			LEAKS.forEach(leak -> softly.assertThat(withoutTokens(shown.body())).as("in progress: " + path).doesNotContain(leak));
		}
		softly.assertThat(learner.sendJson("POST", api + "/submission", mismatched).statusCode()).as("submitted").isEqualTo(200);
		for (String path : List.of(attempt, api)) {
			HttpResponse<String> shown = learner.get(path);
			softly.assertThat(shown.statusCode()).as("result: " + path).isEqualTo(200);
			LEAKS.forEach(leak -> softly.assertThat(withoutTokens(shown.body())).as("result: " + path).doesNotContain(leak));
		}
		softly.assertThat(cast.as(INSTRUCTOR).get("/instructor/quizzes/shared-responsibility-check").statusCode())
			.as("item analysis")
			.isEqualTo(200);
		softly.assertAll();
	}

	@Test
	void requestsNoBrowserWouldSendAreRefusedPlainly() {
		SoftAssertions softly = new SoftAssertions();
		for (String target : List.of("/search?q=%E0%A4%A", "/search?q=%ZZ", "/courses/%ZZ", "/quizzes/%C0%AF",
				"/courses/aws-data-security/\u00ff", "/courses/aws-data-security/<script>")) {
			Forger.RawAnswer answer = forger.getRaw(target);
			softly.assertThat(answer.status()).as(target + ": status").isEqualTo(400);
			for (String leak : LEAKS) {
				softly.assertThat(withoutTokens(answer.text())).as(target + ": answer").doesNotContain(leak);
			}
		}
		softly.assertAll();
	}

	/**
	 * Sends each provocation as a browser asks (HTML first), as an API client asks (JSON) and as a
	 * script that says nothing about what it accepts, since each can take another way to the error.
	 */
	private void check(List<Provocation> provocations) {
		SoftAssertions softly = new SoftAssertions();
		for (Provocation provocation : provocations) {
			for (List<String> accept : ACCEPTS) {
				Provocation asked = accept.isEmpty() || provocation.headers().contains("Accept") ? provocation
						: provocation.with(accept.get(0), accept.get(1));
				String as = provocation.what() + " (" + (accept.isEmpty() ? "no Accept" : accept.get(1)) + ")";
				HttpResponse<String> answer = send(asked);
				softly.assertThat(answer.statusCode()).as(as + ": status").isEqualTo(provocation.status());
				for (String leak : LEAKS) {
					softly.assertThat(withoutTokens(answer.body())).as(as + ": body").doesNotContain(leak);
				}
			}
		}
		softly.assertAll();
	}

	/**
	 * The page without its random tokens (the CSRF form field, a nonce): a token may hold any run of
	 * letters, "SQL" one time in a few thousand, which says nothing about the error's cause.
	 */
	private static String withoutTokens(String body) {
		return RANDOM_TOKEN.matcher(body).replaceAll("\"\"");
	}

	private HttpResponse<String> send(Provocation provocation) {
		Browser browser = cast.as(provocation.who());
		List<String> headers = new ArrayList<>();
		if (provocation.withToken()) {
			// The session's own token, fetched first: the request is refused for what it is, not for lacking one.
			String token = browser.get("/api/csrf").body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
			headers.addAll(List.of("X-CSRF-TOKEN", token));
		}
		headers.addAll(Forger.sessionOf(browser));
		headers.addAll(provocation.headers());
		return forger.send(provocation.method(), provocation.path(), provocation.body(), headers);
	}
}
