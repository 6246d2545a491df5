package io.lectern.progress.internal.reports;

import static io.lectern.progress.internal.reports.ReportPages.admin;
import static io.lectern.progress.internal.reports.ReportPages.learnerNamed;
import static io.lectern.progress.internal.reports.ReportPages.learnerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.CourseSlug;
import io.lectern.content.Catalog;
import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.progress.internal.completion.CompletionRepository;
import io.lectern.progress.internal.completion.LessonCompletion;
import io.lectern.progress.internal.scores.QuizScore;
import io.lectern.progress.internal.scores.ScoreRepository;
import io.lectern.progress.internal.standing.Standings;
import io.lectern.progress.internal.visits.LessonVisit;
import io.lectern.progress.internal.visits.VisitRepository;
import io.lectern.web.Browser;
import io.lectern.web.BundledQuiz;
import io.lectern.web.PortalTest;
import jakarta.persistence.EntityManagerFactory;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The instructor's cohort pages over real HTTP. The portal's database is shared with other tests,
 * so each test finds its own learners by their names rather than counting everyone.
 */
class InstructorPagesTest extends PortalTest {

	static final String COHORT = "/instructor/courses/aws-data-security";

	static final String[] EVERY_REPORT = { "/instructor", COHORT, COHORT + "/cohort.csv",
			"/instructor/quizzes/shared-responsibility-check", "/instructor/quizzes/shared-responsibility-check/items.csv" };

	static final String LESSON = "/courses/aws-data-security/shared-responsibility";

	@Autowired
	ScoreRepository scores;

	@Autowired
	CompletionRepository completions;

	@Autowired
	VisitRepository visits;

	@Autowired
	Catalog catalog;

	@Autowired
	EntityManagerFactory entities;

	@Autowired
	Standings standings;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aLearnerIsRefusedEveryInstructorPageAndFile() {
		Browser learner = Browser.newLearner(port);

		for (String path : EVERY_REPORT) {
			assertThat(learner.get(path).statusCode()).as(path).isEqualTo(403);
		}
	}

	@Test
	void anInstructorTheAdminGrantedAndTheAdminSeeEveryReport() {
		String name = "0instr-" + UUID.randomUUID().toString().substring(0, 8);
		new Browser(port).register(name, "Ivy Instructor");
		Browser admin = admin(port);
		admin.submit(rolesFormOf(admin.get("/admin/users?q=" + name).body(), name), "role", "INSTRUCTOR");
		Browser ivy = new Browser(port);
		ivy.logIn(name, Browser.PASSWORD);

		for (String path : EVERY_REPORT) {
			assertThat(ivy.get(path).statusCode()).as(path).isEqualTo(200);
			assertThat(admin.get(path).statusCode()).as(path).isEqualTo(200);
		}
		assertThat(ivy.get("/instructor").body()).contains("href=\"" + COHORT + "\"",
				"href=\"/instructor/quizzes/shared-responsibility-check\"", "Who secures what?");
	}

	@Test
	void theCohortShowsEachLearnersFiguresOnceTheirQuizIsGraded() {
		String tag = tag();
		Browser pia = learnerNamed(port, "Pia " + tag);
		BundledQuiz.pass(pia);
		Browser fred = learnerNamed(port, "Fred " + tag);
		BundledQuiz.fail(fred);
		awaitGraded(learnerOf(pia), true);
		awaitGraded(learnerOf(fred), false);

		String page = admin(port).get(COHORT).body();

		// 7 lessons and 8 quizzes make 15 steps: passing the quiz completes its lesson too, so 2 of 15 = 13%.
		int quiz = ReportPages.header(page).indexOf("Who secures what?");
		List<String> piaRow = ReportPages.row(page, "Pia " + tag);
		assertThat(piaRow.subList(1, 3)).containsExactly("13%", "1 of 8");
		assertThat(piaRow.get(quiz)).isEqualTo("100%✓, passed");
		List<String> fredRow = ReportPages.row(page, "Fred " + tag);
		assertThat(fredRow.subList(1, 3)).containsExactly("0%", "0 of 8");
		assertThat(fredRow.get(quiz)).isEqualTo("0%");
		assertThat(fredRow.get(ReportPages.header(page).indexOf("Final exam"))).isEqualTo("–not taken");
	}

	@Test
	void theCohortSortsByEachColumnBothWays() {
		String tag = tag();
		Browser ada = learnerNamed(port, "Ada " + tag);
		BundledQuiz.pass(ada);
		awaitGraded(learnerOf(ada), true);
		Browser bo = learnerNamed(port, "Bo " + tag);
		BundledQuiz.fail(bo);
		awaitGraded(learnerOf(bo), false);
		Browser cy = learnerNamed(port, "Cy " + tag);
		cy.get(LESSON);
		Browser admin = admin(port);

		// Ada passed (13%), Bo failed and Cy only read (both 0%); they did so in that order.
		assertThat(order(admin, "name", "asc", tag)).containsExactly("Ada", "Bo", "Cy");
		assertThat(order(admin, "name", "desc", tag)).containsExactly("Cy", "Bo", "Ada");
		// Equal figures go to the most recently active first.
		assertThat(order(admin, "progress", "desc", tag)).containsExactly("Ada", "Cy", "Bo");
		assertThat(order(admin, "progress", "asc", tag)).containsExactly("Cy", "Bo", "Ada");
		assertThat(order(admin, "passed", "desc", tag)).containsExactly("Ada", "Cy", "Bo");
		assertThat(order(admin, "active", "asc", tag)).containsExactly("Ada", "Bo", "Cy");
		assertThat(order(admin, "active", "desc", tag)).containsExactly("Cy", "Bo", "Ada");

		String byName = admin.get(COHORT + "?sort=name&dir=asc").body();
		assertThat(byName).containsOnlyOnce("aria-sort=").contains("by name, A to Z");
		assertThat(sortedHeader(byName)).contains("aria-sort=\"ascending\"", "sort=name&amp;dir=desc", "Learner");
		assertThat(byName).contains("href=\"" + COHORT + "?sort=progress&amp;dir=desc\"");
	}

	@Test
	void unknownSortOrPageValuesShowTheDefaultAndAnUnknownCourseIsNotFound() {
		Browser admin = admin(port);

		HttpResponse<String> page = admin.get(COHORT + "?sort=drop%20table&dir=sideways&page=first");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(sortedHeader(page.body())).contains("aria-sort=\"descending\"", "Last active");
		assertThat(admin.get(COHORT + "?sort=name&dir=up").body()).contains("by name, A to Z");
		assertThat(admin.get("/instructor/courses/no-such-course").statusCode()).isEqualTo(404);
		assertThat(admin.get("/instructor/courses/no-such-course/cohort.csv").statusCode()).isEqualTo(404);
	}

	@Test
	void theCohortComesFiftyLearnersAPage() {
		addLearnersWithProgress(60);
		Browser admin = admin(port);
		String first = admin.get(COHORT).body();
		int learners = Integer.parseInt(first.replaceAll("(?s).*<p class=\"lead\">(\\d+) learners have started.*", "$1"));
		int pages = (learners + 49) / 50;

		assertThat(ReportPages.rowCount(first)).isEqualTo(50);
		assertThat(first).contains("Learners 1–50 of " + learners, "rel=\"next\"",
				"href=\"" + COHORT + "?sort=active&amp;dir=desc&amp;page=2\"").doesNotContain("rel=\"prev\"");
		String second = admin.get(COHORT + "?page=2").body();
		assertThat(second).contains("Learners 51–" + Math.min(100, learners) + " of " + learners, "rel=\"prev\"");
		assertThat(ReportPages.rowCount(second)).isEqualTo(Math.min(50, learners - 50));
		String past = admin.get(COHORT + "?page=9999").body();
		assertThat(past).contains("Learners " + ((pages - 1) * 50 + 1) + "–" + learners + " of " + learners)
			.doesNotContain("rel=\"next\"");
	}

	@Test
	void theCsvHasEveryLearnerAndKeepsAFormulaInANameAsText() {
		String tag = tag();
		Browser mallory = learnerNamed(port, "=HYPERLINK(\"x\")");
		mallory.get(LESSON);
		Browser gil = learnerNamed(port, "Gil " + tag);
		BundledQuiz.pass(gil);
		awaitGraded(learnerOf(gil), true);
		Browser admin = admin(port);

		HttpResponse<String> csv = admin.get(COHORT + "/cohort.csv?sort=name&dir=asc");

		assertThat(csv.headers().firstValue("Content-Type")).contains("text/csv;charset=UTF-8");
		assertThat(csv.headers().firstValue("Content-Disposition"))
			.contains("attachment; filename=\"aws-data-security-cohort.csv\"");
		assertThat(csv.headers().firstValue("Cache-Control")).contains("no-store");
		List<String> lines = ReportPages.lines(csv.body());
		assertThat(csv.body()).endsWith("\r\n");
		assertThat(lines.get(0)).startsWith("Learner,Complete (%),Lessons completed,Quizzes passed,Best score (%): ")
			.contains(",Best score (%): Who secures what?,").endsWith(",Last active (UTC)");
		int quiz = List.of(lines.get(0).split(",")).indexOf("Best score (%): Who secures what?");
		String gilLine = lines.get(ReportPages.lineIndex(lines, "Gil " + tag + ","));
		assertThat(gilLine).startsWith("Gil " + tag + ",13,1,1,").matches(".*,\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
		assertThat(gilLine.split(",")[quiz]).isEqualTo("100");
		assertThat(lines).anyMatch(line -> line.startsWith("\"'=HYPERLINK(\"\"x\"\")\",0,0,0,"));
		// Every learner of the cohort, not only the first page's.
		String page = admin.get(COHORT).body();
		assertThat(lines).hasSize(1 + Integer.parseInt(page.replaceAll("(?s).*<p class=\"lead\">(\\d+) learners? ha.*", "$1")));
		assertThat(admin.get(COHORT + "?sort=name").body()).contains("=HYPERLINK(&quot;x&quot;)");
	}

	@Test
	void theCohortPageRunsTheSameFewQueriesWhateverTheNumberOfLearners() {
		Browser admin = admin(port);
		admin.get(COHORT);
		long before = statementsToShow(admin, COHORT);

		addLearnersWithProgress(120);
		long after = statementsToShow(admin, COHORT);

		// The count, the page of standings, then the page's names and best scores.
		assertThat(before).isBetween(1L, 5L);
		assertThat(after).isEqualTo(before);
		assertThat(statementsToShow(admin, COHORT + "?sort=name")).isEqualTo(before);
	}

	/** The names of this test's learners (those named "<first> tag") in the order the CSV lists them. */
	private List<String> order(Browser admin, String sort, String dir, String tag) {
		List<String> names = new ArrayList<>();
		for (String line : ReportPages.lines(admin.get(COHORT + "/cohort.csv?sort=" + sort + "&dir=" + dir).body())) {
			String name = line.split(",")[0];
			if (name.endsWith(" " + tag)) {
				names.add(name.substring(0, name.indexOf(' ')));
			}
		}
		return names;
	}

	private static String sortedHeader(String page) {
		Matcher header = Pattern.compile("(?s)<th[^>]*aria-sort=[^>]*>.*?</th>").matcher(page);
		return header.find() ? header.group() : "";
	}

	/**
	 * Statements prepared to show a page. Listeners of earlier tests may still be writing in the
	 * background, so the least of three counts is the page's own.
	 */
	private long statementsToShow(Browser browser, String path) {
		Statistics statistics = entities.unwrap(SessionFactory.class).getStatistics();
		long least = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			long before = statistics.getPrepareStatementCount();
			assertThat(browser.get(path).statusCode()).isEqualTo(200);
			least = Math.min(least, statistics.getPrepareStatementCount() - before);
		}
		return least;
	}

	/**
	 * Learners without accounts (as if deleted while their progress was being forgotten), each with
	 * a visit, a completed lesson and a graded attempt, long ago, so they sort after everyone else.
	 * Their standings are worked out as the progress module does when it writes such rows.
	 */
	private void addLearnersWithProgress(int count) {
		Course course = catalog.course(CourseSlug.of("aws-data-security")).orElseThrow();
		Lesson lesson = course.lessons().get(0);
		Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
		for (int i = 0; i < count; i++) {
			String learner = UUID.randomUUID().toString();
			new TransactionTemplate(transactions).executeWithoutResult(status -> {
				visits.save(new LessonVisit(LearnerId.of(learner), lesson.courseSlug().value(), lesson.source(), longAgo));
				completions.save(new LessonCompletion(LearnerId.of(learner), lesson.courseSlug().value(), lesson.source(), longAgo,
						LessonCompletion.By.LEARNER));
				scores.save(new QuizScore(UUID.randomUUID().toString(), LearnerId.of(learner), "shared-responsibility-check", 1, 40,
						false, longAgo));
				standings.refresh(LearnerId.of(learner), course, longAgo);
			});
		}
	}

	private void awaitGraded(String learner, boolean passed) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !scores.findByLearnerOrderByGradedAt(LearnerId.of(learner)).isEmpty()
					&& (!passed || !completions.findByLearner(LearnerId.of(learner)).isEmpty()));
	}

	private static String tag() {
		return "T" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** The address of the roles form in the admin's table row of this username. */
	private static String rolesFormOf(String page, String username) {
		for (String row : page.split("<tr")) {
			Matcher action = Pattern.compile("action=\"(/admin/users/[^\"]+/roles)\"").matcher(row);
			if (row.contains(">" + username + "</th>") && action.find()) {
				return action.group(1);
			}
		}
		throw new AssertionError("No roles form for " + username);
	}
}
