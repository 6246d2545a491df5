package io.lectern.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.web.Browser;
import io.lectern.web.BundledQuiz;
import io.lectern.web.PortalTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What people type comes back as text, never as markup: an XSS corpus goes through every field a
 * person controls (their display name, their short answers in an attempt and in the review
 * session, the search box, and the query
 * parameters pages echo) and every HTML page that shows it must carry it escaped, where it is
 * expected to appear, and never as a tag, a {@code javascript:} link or an evaluated template
 * expression. JSON and CSV downloads carry the text as it was typed, which is right for them: a
 * browser does not render either as a page (their headers are checked in {@link SecurityHeadersTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssPayloadsTest extends PortalTest {

	static final List<String> CORPUS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"javascript:alert(1)", "'\"><svg/onload=alert(1)>", "{{7*7}}", "[[${7*7}]]", "</textarea><script>alert(1)</script>",
			"<a href=\"javascript:alert(1)\">x</a>");

	private static final Pattern OPENING_TAG = Pattern.compile("<[a-zA-Z][^>]*>");

	private static final String COHORT = "/instructor/courses/aws-data-security";

	@Autowired
	JdbcTemplate jdbc;

	private Browser admin;

	private Browser instructor;

	/** A learner per payload: the payload is their display name and their short answers. */
	private final List<Browser> learners = new ArrayList<>();

	private final List<String> usernames = new ArrayList<>();

	@BeforeAll
	void everyPayloadIsTypedIn() {
		admin = Cast.admin(port);
		instructor = Cast.instructor(port, admin);
		for (String payload : CORPUS) {
			String username = "xss-" + UUID.randomUUID().toString().substring(0, 8);
			Browser learner = new Browser(port);
			learner.register(username, payload);
			learners.add(learner);
			usernames.add(username);
		}
	}

	@Test
	void aDisplayNameShowsAsTextInTheHeaderAndOnTheDashboard() {
		for (int i = 0; i < CORPUS.size(); i++) {
			String payload = CORPUS.get(i);
			assertEscaped("header of the home page", learners.get(i).get("/").body(), "title=\"Signed in as ", payload);
			// Lesson pages fill the learner's name into links rendered once for every learner.
			assertEscaped("header of a lesson page", learners.get(i).get("/courses/aws-data-security/shared-responsibility").body(),
					"title=\"Signed in as ", payload);
			assertEscaped("dashboard", learners.get(i).get("/me").body(), "Welcome back, ", payload);
		}
	}

	@Test
	void aDisplayNameShowsAsTextOnTheAdminsAccountsPage() {
		for (int i = 0; i < CORPUS.size(); i++) {
			String page = admin.get("/admin/users?q=" + usernames.get(i)).body();
			// The name keeps its own direction (<bdi>): a Hebrew or Arabic name on an English page.
			assertEscaped("admin accounts page", page, "<td><bdi class=\"person-name\">", CORPUS.get(i));
		}
	}

	@Test
	void aDisplayNameShowsAsTextInTheInstructorsCohort() {
		for (Browser learner : learners) {
			// Progress puts a learner in the cohort; it records the completion after the commit.
			learner.get("/me");
			learner.submit("/progress/completions", "course", "aws-data-security", "lesson", "about");
		}
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			String page = instructor.get(COHORT).body();
			for (String payload : CORPUS) {
				assertThat(page).containsAnyOf(escapedForms("scope=\"row\"><bdi class=\"person-name\">", payload).toArray(String[]::new));
			}
		});
		assertEscapedEverywhere("cohort", instructor.get(COHORT).body());
		assertEscapedEverywhere("cohort sorted by name", instructor.get(COHORT + "?sort=name&dir=desc").body());
	}

	@Test
	void aShortAnswerShowsAsTextOnTheAttemptPageAndInTheReview() {
		for (int i = 0; i < CORPUS.size(); i++) {
			String payload = CORPUS.get(i);
			Browser learner = learners.get(i);
			String attempt = BundledQuiz.start(learner);
			learner.get(attempt);
			String[] answers = { "q-lost-key", payload, "q-in-transit-protocol", payload };
			assertThat(Browser.location(learner.submit(attempt, with(answers, "action", "save")))).isEqualTo(attempt);
			assertEscaped("attempt page after saving", learner.get(attempt).body(), "value=\"", payload);

			assertThat(Browser.location(learner.submit(attempt, with(answers, "action", "submit")))).isEqualTo(attempt);
			assertEscaped("review", learner.get(attempt).body(), "<dd lang=\"en\" dir=\"ltr\">", payload);
		}
		assertEscapedEverywhere("item analysis", instructor.get("/instructor/quizzes/shared-responsibility-check").body());
	}

	@Test
	void aShortAnswerShowsAsTextWhenCheckedInTheReviewSession() {
		Browser learner = Browser.newLearner(port);
		BundledQuiz.fail(learner);
		String id = Cast.learnerIdOf(learner);
		// Progress queues the missed questions after the commit, on its own threads.
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc
			.queryForObject("select count(*) from review_card where learner = ? and question_id = 'lost-key'", Integer.class, id) == 1);
		for (String payload : CORPUS) {
			jdbc.update("update review_card set due_at = ? where learner = ?",
					Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), id);
			learner.get("/review");
			HttpResponse<String> checked = learner.submit("/review/shared-responsibility-check/lost-key", "q-lost-key", payload);
			assertThat(checked.statusCode()).isEqualTo(200);
			assertEscaped("review session", checked.body(), "<dd lang=\"en\" dir=\"ltr\">", payload);
		}
	}

	@Test
	void aSearchShowsItsQueryAsText() {
		for (String payload : CORPUS) {
			String page = learners.get(0).get("/search?q=" + encode(payload)).body();
			assertEscaped("search box", page, "value=\"", payload);
			assertEscaped("search page title", page, "<title>Search: ", payload);
		}
	}

	@Test
	void aRegistrationThatFailsShowsWhatWasTypedAsText() {
		for (String payload : CORPUS) {
			Browser guest = new Browser(port);
			guest.get("/register");
			HttpResponse<String> refused = guest.submit("/register", "displayName", payload, "username", payload, "password",
					Browser.PASSWORD, "confirmPassword", "something else entirely");
			assertThat(refused.statusCode()).isEqualTo(400);
			assertEscaped("registration form", refused.body(), "id=\"displayName\" name=\"displayName\" type=\"text\" value=\"",
					payload);
		}
	}

	@Test
	void queryParametersThatPagesEchoShowAsText() {
		for (String payload : CORPUS) {
			String encoded = encode(payload);
			assertEscaped("admin account search", admin.get("/admin/users?q=" + encoded).body(), "value=\"", payload);
			assertEscapedEverywhere("explorer with an unknown service",
					learners.get(0).get("/diagrams/shared-responsibility?service=" + encoded).body());
			assertEscapedEverywhere("login page with a return address", new Browser(port).get("/login?next=/" + encoded).body());
			assertEscapedEverywhere("register page with a return address",
					new Browser(port).get("/register?next=/" + encoded).body());
			assertEscapedEverywhere("cohort sorted by it", instructor.get(COHORT + "?sort=" + encoded + "&dir=" + encoded).body());
		}
	}

	/**
	 * JSON, CSV and plain-text answers may carry the payload as typed, so none of them may be
	 * something a browser renders as a page or an image with scripts, or guesses to be one.
	 */
	@Test
	void answersThatCarryThePayloadAsTypedAreNeverHtml() {
		Browser learner = learners.get(0);
		for (String payload : CORPUS) {
			String encoded = encode(payload);
			for (HttpResponse<String> answer : List.of(learner.get("/api/search?q=" + encoded),
					learner.get("/diagrams/shared-responsibility.svg?service=" + encoded), learner.get("/me/data.json"),
					instructor.get(COHORT + "/cohort.csv"))) {
				String where = answer.uri().getPath() + " with " + payload;
				assertThat(answer.headers().firstValue("Content-Type")).as(where)
					.hasValueSatisfying(type -> assertThat(type).matches("(?i)(application/(problem\\+)?json|text/plain|text/csv)\\b.*"));
				assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(where).hasValue("nosniff");
			}
		}
	}

	/** The page shows the payload escaped right after {@code before}, and nothing from the corpus as markup. */
	private void assertEscaped(String where, String html, String before, String payload) {
		assertThat(html).as(where + " shows " + payload + " as text").containsAnyOf(escapedForms(before, payload).toArray(String[]::new));
		assertEscapedEverywhere(where, html);
	}

	/**
	 * No payload of the corpus is markup on this page: no tag from it, no script link. (That a
	 * template expression stays unevaluated shows where {@link #assertEscaped} finds it as typed.)
	 */
	private void assertEscapedEverywhere(String where, String html) {
		SoftAssertions softly = new SoftAssertions();
		for (String payload : CORPUS) {
			if (!escapedForms("", payload).contains(payload)) {
				softly.assertThat(html).as(where + ": " + payload + " as typed").doesNotContain(payload);
			}
			Matcher tag = OPENING_TAG.matcher(payload);
			while (tag.find()) {
				softly.assertThat(html).as(where + ": the tag " + tag.group()).doesNotContain(tag.group());
			}
		}
		softly.assertThat(html.toLowerCase(Locale.ROOT)).as(where + ": a script link")
			.doesNotContain("href=\"javascript:", "src=\"javascript:", "action=\"javascript:");
		softly.assertAll();
	}

	/**
	 * The ways a page may write the payload as text after {@code before}: markup characters as
	 * entities, the apostrophe as it is or as any of its references.
	 */
	static List<String> escapedForms(String before, String payload) {
		String escaped = payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
		return List.of(before + escaped, before + escaped.replace("'", "&#39;"), before + escaped.replace("'", "&#x27;"),
				before + escaped.replace("'", "&apos;"));
	}

	private static String[] with(String[] fields, String... more) {
		List<String> all = new ArrayList<>(List.of(fields));
		all.addAll(List.of(more));
		return all.toArray(String[]::new);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
