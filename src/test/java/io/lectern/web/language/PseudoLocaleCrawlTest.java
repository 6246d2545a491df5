package io.lectern.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.ProblemBoard;
import io.lectern.authoring.ProblemsPageTest;
import io.lectern.content.ContentFolder;
import io.lectern.i18n.InterfaceLanguages;
import io.lectern.i18n.InterfaceMessages;
import io.lectern.web.Browser;
import io.lectern.web.BundledQuiz;
import io.lectern.web.PortalTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;

/**
 * A test-only language, en-XA, whose every message is English wrapped in ⟦…⟧. A crawler reads each
 * kind of page in it, as a guest and signed in, through a quiz attempt, its result and its review,
 * account security, /verify and its verdict, the diagram explorer, a review that shows a pattern
 * answer, the error page with a refusal's reason and a refused login, and finds no interface text
 * outside the markers: what is left is the author's content (found in the course's own files and
 * the bundled diagrams), the learner's name and device, numbers and dates. The admin's and the
 * instructors' pages are crawled the same way, signed in as each, after that learner's attempt gave
 * them figures, and the content problems page with the problems a broken folder really has.
 */
class PseudoLocaleCrawlTest extends PortalTest {

	static final Locale PSEUDO = Locale.forLanguageTag("en-XA");

	/**
	 * Inside these the author's words stand as written; the lesson body, a question's prompt and choices.
	 * On a review only the answers (given and correct) are, which carry the course's {@code lang}: how
	 * the answer was marked is the interface's, and is checked.
	 */
	private static final String CONTENT = ".lesson-body, .question-prompt, .choice span, .review-answers dd[lang], .feedback, "
			+ ".explanation > div, .search-snippet, time, code, #language-choice, #language option[lang], #zone option[value~=.+], "
			+ ".session-device, .table-services, #credential";

	/**
	 * On the admin's and instructors' pages, also: people's names (any learner the shared test portal
	 * has registered), question prompts and answers, backup file names, recorded event details, and the
	 * file a content problem is in.
	 */
	private static final String REPORTED = CONTENT + ", .person-name, .item-prompt, .wrong-answer, .item-version, .quiz-column, "
			+ "a[href^=/admin/backups/], td.event-detail, .problem-source";

	private static final String NAME = "Pseudo Learner";

	/** Where this test posts the problems of a broken folder on the shared portal's board, and takes them back. */
	private static final String CRAWLED = "pseudo-locale-crawl";

	@Autowired
	ProblemBoard board;

	@TestConfiguration
	static class PseudoLanguage {

		@Bean
		static BeanPostProcessor pseudoLanguage() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof InterfaceMessages) {
						return new Marked();
					}
					if (bean instanceof InterfaceLanguages) {
						List<Locale> all = new ArrayList<>(InterfaceLanguages.SHIPPED);
						all.add(PSEUDO);
						return new InterfaceLanguages(all);
					}
					return bean;
				}
			};
		}
	}

	/** English, marked, for the pseudo-language; every other language as shipped. */
	static class Marked extends InterfaceMessages {

		@Override
		public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
			return mark(super.getMessage(code, args, defaultMessage, locale), locale);
		}

		@Override
		public String getMessage(String code, Object[] args, Locale locale) {
			return mark(super.getMessage(code, args, locale), locale);
		}

		@Override
		public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
			return mark(super.getMessage(resolvable, locale), locale);
		}

		private static String mark(String message, Locale locale) {
			return message != null && PSEUDO.equals(locale) ? "⟦" + message + "⟧" : message;
		}
	}

	@Test
	void everyPageTypeWritesItsInterfaceOnlyThroughTheBundles() {
		UnmarkedText unmarked = new UnmarkedText(CONTENT, Set.of(NAME));
		Browser guest = new Browser(port);
		guest.get("/language?lang=en-XA");
		for (String page : List.of("/", "/courses/aws-data-security", "/courses/aws-data-security/shared-responsibility",
				"/search?q=", "/search?q=encryption", "/search?q=zebraquagga", "/login", "/register", BundledQuiz.INTRO,
				"/login/forgot", "/login/reset?token=no-such-link", "/verify", "/diagrams/shared-responsibility",
				"/diagrams/shared-responsibility?service=EMR", "/diagrams/shared-responsibility?model=container",
				"/diagrams/shared-responsibility?service=Redis")) {
			unmarked.check(page, guest.get(page).body());
		}
		// A verdict, from the words of the checks; this portal has no public address, so it issues none.
		guest.get("/verify");
		unmarked.check("/verify (a verdict)", guest.submit("/verify", "credential", "not a credential").body());
		// The error page, as a browser asks for it (HTML, not the JSON error other clients get).
		unmarked.check("/no/such/page",
				pages.get("/no/such/page", "Accept", "text/html", "Cookie", "lectern-language=en-XA").body());
		// A refusal that says why, from the bundles' reasons, and a login refused.
		unmarked.check("/certificates/no-such-certificate", pages.get("/certificates/no-such-certificate", "Accept", "text/html",
				"Cookie", "lectern-language=en-XA").body());
		guest.get("/login");
		unmarked.check("/login (refused)", guest.submit("/login", "username", "nobody-here", "password", "not the password").body());

		Browser learner = new Browser(port);
		learner.get("/language?lang=en-XA");
		learner.register("pseudo-" + System.nanoTime() % 1_000_000, NAME);
		String attempt = BundledQuiz.start(learner);
		unmarked.check(attempt, learner.get(attempt).body());
		learner.get(attempt);
		String saved = java.net.URI.create(learner.submit(attempt, "action", "save").headers().firstValue("Location").orElseThrow())
			.getRawPath();
		unmarked.check(saved, learner.get(saved).body());
		learner.get(attempt);
		learner.submit(attempt, "action", "submit");
		// The last attempt allowed shows the correct answers, among them one accepted by a pattern.
		BundledQuiz.fail(learner);
		String last = BundledQuiz.start(learner);
		learner.get(last);
		learner.submit(last, "action", "submit");
		String review = learner.get(last).body();
		assertThat(review).as("a review with a pattern answer").contains("<code dir=\"ltr\">sse ?- ?c|");
		unmarked.check(last + " (correct answers shown)", review);
		for (String page : List.of(attempt, BundledQuiz.INTRO, "/me", "/me/preferences", "/review",
				"/", "/courses/aws-data-security", "/courses/aws-data-security/shared-responsibility", "/me/security",
				"/me/security/mfa", "/me/security/passkeys", "/me/delete", "/me/certificates")) {
			unmarked.check(page, learner.get(page).body());
		}
		// A refusal the account's code puts in words, under the field it is about.
		learner.get("/me/security");
		unmarked.check("/me/security (a refusal)", learner.submit("/me/security/password", "currentPassword", "wrong password",
				"newPassword", "a new long password", "confirmPassword", "another long password").body());
		assertThat(unmarked.byPage).as("interface text outside the bundles, by page").isEmpty();
	}

	@Test
	void theAdminsAndInstructorsPagesWriteTheirInterfaceOnlyThroughTheBundles() {
		String username = "pseudo-" + System.nanoTime() % 1_000_000;
		String instructorName = "instructor-" + System.nanoTime() % 1_000_000;
		UnmarkedText unmarked = new UnmarkedText(REPORTED, Set.of(NAME, username, instructorName, PortalTest.ADMIN, "Iris Instructor"));
		// A learner with a submitted attempt, so that the reports have a row and a figure to show.
		Browser learner = new Browser(port);
		learner.register(username, NAME);
		BundledQuiz.submit(learner, BundledQuiz.INTRO, "q-rds-patching", "aws");
		new Browser(port).register(instructorName, "Iris Instructor");

		Browser admin = new Browser(port);
		admin.get("/language?lang=en-XA");
		assertThat(Browser.location(admin.logIn(PortalTest.ADMIN, Browser.PASSWORD))).isEqualTo("/me");
		String users = "/admin/users?q=" + username;
		unmarked.check(users, admin.get(users).body());
		// Each of the admin's actions on an account, and the page or message it answers with. (A backup
		// is not taken: this portal's database lives in memory, which H2 cannot back up.)
		String learnerId = learnerIdIn(admin.get(users).body());
		unmarked.check("reset link", admin.submit("/admin/users/" + learnerId + "/reset-link").body());
		for (String action : List.of("/sessions/end", "/mfa/reset")) {
			admin.get(users);
			unmarked.check(action, admin.follow(admin.submit("/admin/users/" + learnerId + action)).body());
		}
		admin.get("/admin/users?q=" + instructorName);
		unmarked.check("roles saved", admin.follow(admin.submit("/admin/users/" + learnerIdIn(admin.get("/admin/users?q="
				+ instructorName).body()) + "/roles", "role", "INSTRUCTOR", "q", instructorName)).body());
		admin.get("/admin/content");
		unmarked.check("content reloaded", admin.follow(admin.submit("/admin/content/reload")).body());
		// The certificates' list is empty here (this portal has no public address, so it issues none);
		// a new signing key answers with its message on it.
		admin.get("/admin/certificates");
		unmarked.check("signing key rotated", admin.follow(admin.submit("/admin/certificates/signing-key")).body());
		for (String page : List.of("/admin/security-events?username=" + username, "/admin/security-events?username=zebraquagga",
				"/admin/backups", "/admin/content", "/authoring/problems", "/admin/certificates")) {
			unmarked.check(page, admin.get(page).body());
		}
		// The bundled course has no problems: the ones a broken folder has, as the checker found them.
		List<ContentProblem> found = new ContentFolder(ProblemsPageTest.folderWithAnErrorAndAWarning()).load().problems();
		assertThat(found).extracting(ContentProblem::isError).contains(true, false);
		board.publish(CRAWLED, found.stream().map(problem -> ProblemBoard.Listed.atStartUp(problem, Optional.empty())).toList());
		try {
			String problems = admin.get("/authoring/problems").body();
			assertThat(problems).as("problems listed").contains("<code>notes/03-broken.md:2</code>");
			unmarked.check("/authoring/problems (with problems)", problems);
		}
		finally {
			board.publish(CRAWLED, List.of());
		}

		Browser instructor = new Browser(port);
		instructor.get("/language?lang=en-XA");
		assertThat(Browser.location(instructor.logIn(instructorName, Browser.PASSWORD))).isEqualTo("/me");
		for (String page : List.of("/instructor", "/instructor/courses/aws-data-security",
				"/instructor/courses/aws-data-security?sort=name&dir=desc", "/instructor/quizzes/shared-responsibility-check",
				"/authoring/problems")) {
			unmarked.check(page, instructor.get(page).body());
		}
		assertThat(unmarked.byPage).as("interface text outside the bundles, by page").isEmpty();
	}

	/** The id in the first account row's forms of the admin's list. */
	private static String learnerIdIn(String usersPage) {
		java.util.regex.Matcher id = java.util.regex.Pattern.compile("action=\"/admin/users/([^/\"]+)/roles\"").matcher(usersPage);
		assertThat(id.find()).as("an account row").isTrue();
		return id.group(1);
	}
}
