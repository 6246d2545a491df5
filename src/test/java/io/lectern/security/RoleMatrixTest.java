package io.lectern.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.accounts.Accounts;
import io.lectern.accounts.LearnerId;
import io.lectern.operations.internal.backup.DatabaseBackups;
import io.lectern.web.Browser;
import io.lectern.web.PortalTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may read what: every GET route of the portal, as Spring MVC maps it, with real values for its
 * path variables, asked for by a guest, a learner, an instructor and the admin. The matrix below is
 * the policy, written down: "200", a status, or "302 /path" for a redirect there. Guests are sent to
 * the login page for pages that need an account and get 401 from the JSON API; learners get 403 on
 * instructor and admin pages. The learner owns the attempts in the matrix: to everyone else, the
 * instructor and the admin included, someone else's attempt does not exist (404), to read or to
 * change. Changing roles and writing backups, with a valid token, is the admin's alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest extends PortalTest {

	/** Stands for the learner's attempt in progress in an address below. */
	private static final String OPEN = "{open}";

	/** Stands for the learner's submitted attempt in an address below. */
	private static final String SUBMITTED = "{submitted}";

	/** Route, the address asked for, then the answer to a guest, a learner, an instructor and the admin. */
	static final String[][] MATRIX = {
			{ "/", "/", "200", "200", "200", "200" },
			{ "/courses", "/courses", "302 /", "302 /", "302 /", "302 /" },
			{ "/courses/{courseSlug}", "/courses/aws-data-security", "200", "200", "200", "200" },
			{ "/courses/{courseSlug}/{lessonSlug}", "/courses/aws-data-security/shared-responsibility", "200", "200", "200", "200" },
			// The bundled course's lessons use no media files: only files a lesson uses are served.
			{ "/courses/{courseSlug}/media/**", "/courses/aws-data-security/media/diagram.png", "404", "404", "404", "404" },
			{ "/search", "/search?q=encryption", "200", "200", "200", "200" },
			// The footer's language menu only sets a cookie and goes back (home, without a Referer).
			{ "/language", "/language?lang=de", "302 /", "302 /", "302 /", "302 /" },
			{ "/diagrams/shared-responsibility", "/diagrams/shared-responsibility?service=EMR", "200", "200", "200", "200" },
			{ "/diagrams/shared-responsibility.svg", "/diagrams/shared-responsibility.svg", "200", "200", "200", "200" },
			{ "/quizzes/{quizId}", "/quizzes/shared-responsibility-check", "200", "200", "200", "200" },
			{ "/quizzes/{quizId}/practice", "/quizzes/least-privilege-practice/practice", "200", "200", "200", "200" },
			{ "/quizzes/{quizId}/attempts/{attemptId}", "/quizzes/shared-responsibility-check/attempts/" + OPEN,
					"302 /login", "200", "404", "404" },
			{ "/quizzes/{quizId}/attempts/{attemptId}", "/quizzes/shared-responsibility-check/attempts/" + SUBMITTED,
					"302 /login", "200", "404", "404" },
			{ "/review", "/review", "302 /login", "200", "200", "200" },
			{ "/me", "/me", "302 /login", "200", "200", "200" },
			{ "/me/data.json", "/me/data.json", "302 /login", "200", "200", "200" },
			{ "/me/delete", "/me/delete", "302 /login", "200", "200", "200" },
			{ "/me/security", "/me/security", "302 /login", "200", "200", "200" },
			{ "/me/preferences", "/me/preferences", "302 /login", "200", "200", "200" },
			{ "/me/security/mfa", "/me/security/mfa", "302 /login", "200", "200", "200" },
			{ "/me/security/passkeys", "/me/security/passkeys", "302 /login", "200", "200", "200" },
			{ "/login", "/login", "200", "302 /me", "302 /me", "302 /me" },
			{ "/login/failed", "/login/failed", "401", "401", "401", "401" },
			{ "/login/throttled", "/login/throttled", "429", "429", "429", "429" },
			{ "/login/forgot", "/login/forgot", "200", "200", "200", "200" },
			// Only a browser a provider has just logged in, with an address an account confirmed, has something to link.
			{ "/login/sso/link", "/login/sso/link", "302 /login", "302 /login", "302 /login", "302 /login" },
			// Only a login whose password was right moments ago has a second step; anyone else starts again.
			{ "/login/code", "/login/code", "302 /login", "302 /login", "302 /login", "302 /login" },
			// A reset or confirmation link without a good token: the page says the link has expired.
			{ "/login/reset", "/login/reset?token=made-up", "400", "400", "400", "400" },
			{ "/email/confirm", "/email/confirm?token=made-up", "400", "400", "400", "400" },
			{ "/register", "/register", "200", "200", "200", "200" },
			{ "/instructor", "/instructor", "302 /login", "403", "200", "200" },
			{ "/authoring/problems", "/authoring/problems", "302 /login", "403", "200", "200" },
			// The bundled course is not watched, so there is nothing to follow: 204 tells EventSource to stop.
			{ "/authoring/events", "/authoring/events", "302 /login", "403", "204", "204" },
			{ "/instructor/courses/{courseSlug}", "/instructor/courses/aws-data-security", "302 /login", "403", "200", "200" },
			{ "/instructor/courses/{courseSlug}/cohort.csv", "/instructor/courses/aws-data-security/cohort.csv", "302 /login",
					"403", "200", "200" },
			{ "/instructor/quizzes/{quizId}", "/instructor/quizzes/shared-responsibility-check", "302 /login", "403", "200",
					"200" },
			{ "/instructor/quizzes/{quizId}/items.csv", "/instructor/quizzes/shared-responsibility-check/items.csv",
					"302 /login", "403", "200", "200" },
			{ "/admin/users", "/admin/users", "302 /login", "403", "403", "200" },
			{ "/admin/security-events", "/admin/security-events?kind=LOGIN", "302 /login", "403", "403", "200" },
			{ "/admin/security-events.csv", "/admin/security-events.csv", "302 /login", "403", "403", "200" },
			{ "/admin/backups", "/admin/backups", "302 /login", "403", "403", "200" },
			{ "/admin/content", "/admin/content", "302 /login", "403", "403", "200" },
			// No backup is written in a test run; the admin may ask, and hears there is none by that name.
			{ "/admin/backups/{name}", "/admin/backups/lectern-20000101-000000.zip", "302 /login", "403", "403", "404" },
			{ "/api/csrf", "/api/csrf", "200", "200", "200", "200" },
			{ "/api/docs", "/api/docs", "200", "200", "200", "200" },
			{ "/api/docs.yaml", "/api/docs.yaml", "200", "200", "200", "200" },
			{ "/api/search", "/api/search?q=encryption", "200", "200", "200", "200" },
			{ "/api/quizzes", "/api/quizzes", "200", "200", "200", "200" },
			{ "/api/quizzes/{quizId}", "/api/quizzes/shared-responsibility-check", "200", "200", "200", "200" },
			{ "/api/quizzes/{quizId}/attempts/{attemptId}", "/api/quizzes/shared-responsibility-check/attempts/" + OPEN, "401",
					"200", "404", "404" },
			{ "/api/quizzes/{quizId}/attempts/{attemptId}", "/api/quizzes/shared-responsibility-check/attempts/" + SUBMITTED,
					"401", "200", "404", "404" },
			// Certificates: this portal has no public address in the tests, so it issues none and
			// publishes no credential documents; the learner's list and the verify page are there.
			{ "/certificates/{id}", "/certificates/AAAAAAAAAAAAAAAAAAAAAA", "404", "404", "404", "404" },
			{ "/certificates/{id}.pdf", "/certificates/AAAAAAAAAAAAAAAAAAAAAA.pdf", "404", "404", "404", "404" },
			{ "/certificates/{id}/credential.json", "/certificates/AAAAAAAAAAAAAAAAAAAAAA/credential.json", "404", "404", "404", "404" },
			{ "/certificates/{id}/credential.jwt", "/certificates/AAAAAAAAAAAAAAAAAAAAAA/credential.jwt", "404", "404", "404", "404" },
			{ "/me/certificates", "/me/certificates", "302 /login", "200", "200", "200" },
			{ "/api/certificates", "/api/certificates", "401", "200", "200", "200" },
			{ "/admin/certificates", "/admin/certificates", "302 /login", "403", "403", "200" },
			{ "/issuer", "/issuer", "404", "404", "404", "404" },
			{ "/issuer/keys/{thumbprint}", "/issuer/keys/made-up", "404", "404", "404", "404" },
			{ "/achievements/{courseSlug}", "/achievements/aws-data-security", "404", "404", "404", "404" },
			{ "/.well-known/jwks.json", "/.well-known/jwks.json", "404", "404", "404", "404" },
			{ "/credentials/status/revocation", "/credentials/status/revocation", "404", "404", "404", "404" },
			{ "/verify", "/verify", "200", "200", "200", "200" },
			// Asked for directly there is no error to describe: the generic "Something went wrong" page.
			{ "/error", "/error", "500", "500", "500", "500" } };

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	DatabaseBackups backups;

	private Cast cast;

	@BeforeAll
	void assemble() {
		cast = Cast.assemble(port);
	}

	@Test
	void everyGetRouteIsInTheMatrix() {
		Set<String> written = Arrays.stream(MATRIX).map(row -> row[0]).collect(Collectors.toCollection(TreeSet::new));

		Set<String> routes = new TreeSet<>(Routes.answering(mapping, RequestMethod.GET));
		routes.addAll(Routes.readByAddress(context));
		assertThat(written).isEqualTo(routes);
	}

	@ParameterizedTest
	@EnumSource(Visitor.class)
	void eachVisitorGetsWhatTheMatrixSays(Visitor visitor) {
		Browser browser = cast.as(visitor);
		SoftAssertions softly = new SoftAssertions();
		for (String[] row : MATRIX) {
			String address = row[1].replace(OPEN, idOf(cast.openAttempt())).replace(SUBMITTED, idOf(cast.submittedAttempt()));
			softly.assertThat(answer(browser.get(address))).as(visitor + ": GET " + address).isEqualTo(row[2 + visitor.ordinal()]);
		}
		softly.assertAll();
	}

	@Test
	void nobodyButItsLearnerChangesAnAttempt() {
		String attempt = cast.openAttempt();
		String api = "/api" + attempt;
		Browser owner = cast.as(Visitor.LEARNER);
		String before = owner.get(api).body();
		Browser anotherLearner = Browser.newLearner(port);
		for (Browser other : List.of(anotherLearner, cast.as(Visitor.INSTRUCTOR), cast.as(Visitor.ADMIN))) {
			other.get("/me");
			assertThat(other.submit(attempt, "q-lost-key", "not mine", "action", "save").statusCode()).isEqualTo(404);
			assertThat(other.submit(attempt, "q-lost-key", "not mine", "action", "submit").statusCode()).isEqualTo(404);
			assertThat(other.sendJson("PUT", api + "/answers", "{\"answers\": {\"lost-key\": {\"text\": \"not mine\"}}}")
				.statusCode()).isEqualTo(404);
			assertThat(other.sendJson("POST", api + "/submission", "{\"answers\": {}}").statusCode()).isEqualTo(404);
		}
		Browser guest = cast.as(Visitor.GUEST);
		guest.get("/login");
		assertThat(answer(guest.submit(attempt, "q-lost-key", "not mine", "action", "submit"))).isEqualTo("302 /login");
		assertThat(guest.sendJson("POST", api + "/submission", "{\"answers\": {}}").statusCode()).isEqualTo(401);

		assertThat(owner.get(api).body()).isEqualTo(before).contains("\"state\":\"in_progress\"");
	}

	@Test
	void onlyTheAdminChangesRolesOrWritesBackups() {
		String learnerId = Cast.learnerIdOf(cast.as(Visitor.LEARNER));
		Object roles = accounts.profile(LearnerId.of(learnerId)).orElseThrow().roles();
		List<String> written = backups.all().stream().map(DatabaseBackups.Backup::name).toList();
		for (Visitor visitor : List.of(Visitor.GUEST, Visitor.LEARNER, Visitor.INSTRUCTOR)) {
			Browser browser = cast.as(visitor);
			browser.get(visitor == Visitor.GUEST ? "/login" : "/me");
			String refused = visitor == Visitor.GUEST ? "302 /login" : "403";
			assertThat(answer(browser.submit("/admin/users/" + learnerId + "/roles", "role", "ADMIN")))
				.as(visitor + " grants a role").isEqualTo(refused);
			assertThat(answer(browser.submit("/admin/backups"))).as(visitor + " writes a backup").isEqualTo(refused);
			assertThat(answer(browser.submit("/admin/content/reload"))).as(visitor + " reloads the content").isEqualTo(refused);
		}
		assertThat(accounts.profile(LearnerId.of(learnerId)).orElseThrow().roles()).isEqualTo(roles);
		assertThat(backups.all().stream().map(DatabaseBackups.Backup::name).toList()).isEqualTo(written);
	}

	@Test
	void theMatrixHasAnAnswerForEachVisitor() {
		assertThat(Arrays.stream(MATRIX).map(row -> row.length)).containsOnly(2 + Visitor.values().length);
	}

	/** The answer as the matrix writes it: the status, and for a redirect the path it leads to. */
	private static String answer(HttpResponse<String> response) {
		if (response.statusCode() / 100 != 3) {
			return Integer.toString(response.statusCode());
		}
		return response.statusCode() + " " + URI.create(response.headers().firstValue("Location").orElse("")).getPath();
	}

	private static String idOf(String attempt) {
		return attempt.substring(attempt.lastIndexOf('/') + 1);
	}
}
