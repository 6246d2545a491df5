package io.lectern.quiz.internal;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.QuizId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.content.ContentFolder;
import io.lectern.quiz.QuizReports;
import io.lectern.quiz.Quizzes;
import io.lectern.web.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An author edits a quiz file while learners are taking the quiz, with the portal watching the
 * folder: an attempt in progress keeps the questions, choices, correct answers and rules it started
 * with, and its review shows them; a new attempt has the quiz as it is now. Each test's quiz is in a
 * course of its own, so the tests do not wait for one another's reloads.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:quiz-edits", "lectern.admin.username=" + QuizEditsDuringAttemptsTest.ADMIN,
				"lectern.admin.password=" + Browser.PASSWORD })
class QuizEditsDuringAttemptsTest {

	static final String ADMIN = "edits-admin";

	static final Duration PATIENCE = Duration.ofSeconds(10);

	static ContentFolder folder;

	@LocalServerPort
	int port;

	@Autowired
	Quizzes quizzes;

	@Autowired
	QuizReports reports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Attempts attempts;

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) throws IOException {
		folder = new ContentFolder(Files.createTempDirectory("lectern-quiz-edits"));
		for (String course : List.of("edited", "deleted", "reordered", "reviewed", "analysed", "crowded")) {
			folder.lesson(course + "/01-first.md", "First of " + course, "The lesson of " + course + ".");
		}
		folder.file("edited/check.quiz.yml", quiz("edited", "", patching("Who patches RDS?", "aws", "AWS", "The customer")))
			.file("deleted/check.quiz.yml", quiz("deleted", "", patching("Who patches RDS?", "aws", "AWS", "The customer"),
					question("q2", "Who owns the data?", "customer")))
			.file("reordered/check.quiz.yml", quiz("reordered", "", question("q1", "First asked?", "aws"),
					question("q2", "Second asked?", "aws"), question("q3", "Third asked?", "aws")))
			.file("reviewed/check.quiz.yml", quiz("reviewed", "", patching("Who patches RDS?", "aws", "AWS", "The customer")))
			.file("analysed/check.quiz.yml", quiz("analysed", "", patching("Who patches RDS?", "aws", "AWS", "The customer")))
			.file("crowded/check.quiz.yml", quiz("crowded", "", patching("Who patches RDS?", "aws", "AWS", "The customer")));
		registry.add("lectern.content.dir", () -> folder.root().toString());
	}

	static String quiz(String id, String rules, String... questions) {
		return "id: " + id + "\ntitle: Check " + id + "\nlessons: [01-first.md]\nattempts: unlimited\n" + rules
				+ "questions:\n" + String.join("", questions);
	}

	/** q1: which of two choices is right, with the texts of both. */
	static String patching(String prompt, String correct, String awsText, String customerText) {
		return "  - id: q1\n    type: single_choice\n    prompt: " + prompt + "\n    explanation: Read the RDS page.\n"
				+ "    choices:\n      - {id: aws, text: " + awsText + ", correct: " + correct.equals("aws") + "}\n"
				+ "      - {id: customer, text: " + customerText + ", correct: " + correct.equals("customer") + "}\n";
	}

	static String question(String id, String prompt, String correct) {
		return "  - id: " + id + "\n    type: single_choice\n    prompt: " + prompt + "\n    choices:\n"
				+ "      - {id: aws, text: Amazon, correct: " + correct.equals("aws") + "}\n"
				+ "      - {id: customer, text: Customer, correct: " + correct.equals("customer") + "}\n";
	}

	/** Writes the quiz file and waits until the portal serves the new definition. */
	void edit(String course, String yaml, String promptNowServed) {
		folder.file(course + "/check.quiz.yml", yaml);
		await().atMost(PATIENCE).until(() -> quizzes.quiz(QuizId.of(course)).stream()
			.flatMap(quiz -> quiz.questions().stream())
			.anyMatch(question -> question.question().info().prompt().equals(promptNowServed)));
	}

	static String start(Browser learner, String quiz) {
		return Browser.location(learner.submit("/quizzes/" + quiz + "/attempts"));
	}

	static String submit(Browser learner, String attempt, String... answers) {
		String[] fields = Stream.concat(Stream.of(answers), Stream.of("action", "submit")).toArray(String[]::new);
		return learner.follow(learner.submit(attempt, fields)).body();
	}

	@Test
	void anAttemptInProgressIsGradedAsItStartedAndANewOneAsTheQuizIsNow() {
		Browser learner = Browser.newLearner(port);
		String before = start(learner, "edited");
		assertThat(learner.get(before).body()).contains("Who patches RDS?");

		edit("edited", quiz("edited", "", patching("Who applies RDS patches, now?", "customer", "AWS", "The customer")),
				"Who applies RDS patches, now?");

		// Nothing of the new version leaks into the attempt in progress, on its page or in the API.
		String page = learner.get(before).body();
		assertThat(page).contains("Who patches RDS?").doesNotContain("now?");
		String attemptId = before.substring(before.lastIndexOf('/') + 1);
		assertThat(learner.get("/api/quizzes/edited/attempts/" + attemptId).body()).contains("Who patches RDS?")
			.doesNotContain("now?");
		// Graded with the correct answer it started with: AWS.
		assertThat(submit(learner, before, "q-q1", "aws")).contains("1 of 1 point", "Who patches RDS?").doesNotContain("now?");

		String after = start(learner, "edited");
		assertThat(learner.get(after).body()).contains("Who applies RDS patches, now?");
		assertThat(submit(learner, after, "q-q1", "aws")).contains("0 of 1 point");
		assertThat(submit(learner, start(learner, "edited"), "q-q1", "customer")).contains("1 of 1 point");
		// Two versions of the quiz for three attempts, each kept once.
		assertThat(jdbc.queryForObject("select count(*) from quiz_version where quiz_id = 'edited'", Integer.class)).isEqualTo(2);
	}

	@Test
	void aQuestionDeletedFromTheFileStaysInTheAttemptThatHasIt() {
		Browser learner = Browser.newLearner(port);
		String before = start(learner, "deleted");

		edit("deleted", quiz("deleted", "", patching("Who patches RDS, alone?", "aws", "AWS", "The customer")),
				"Who patches RDS, alone?");

		assertThat(learner.get(before).body()).contains("Who owns the data?", "Who patches RDS?");
		assertThat(submit(learner, before, "q-q1", "aws", "q-q2", "customer")).contains("2 of 2 points", "Who owns the data?");
		String after = start(learner, "deleted");
		assertThat(learner.get(after).body()).contains("Who patches RDS, alone?").doesNotContain("Who owns the data?");
	}

	@Test
	void aReorderedQuizKeepsTheOrderTheAttemptShowed() {
		Browser learner = Browser.newLearner(port);
		String before = start(learner, "reordered");

		edit("reordered", quiz("reordered", "", question("q3", "Third asked, now first?", "aws"),
				question("q1", "First asked?", "aws"), question("q2", "Second asked?", "aws")), "Third asked, now first?");

		assertThat(order(learner.get(before).body(), "First asked?", "Second asked?", "Third asked?"))
			.containsExactly("First asked?", "Second asked?", "Third asked?");
		assertThat(submit(learner, before, "q-q1", "aws", "q-q2", "aws", "q-q3", "aws")).contains("3 of 3 points");
		assertThat(order(learner.get(start(learner, "reordered")).body(), "First asked?", "Second asked?",
				"Third asked, now first?")).containsExactly("Third asked, now first?", "First asked?", "Second asked?");
	}

	@Test
	void theReviewOfAnOldAttemptShowsWhatTheLearnerSawAndAnswered() {
		Browser learner = Browser.newLearner(port);
		String attempt = start(learner, "reviewed");
		assertThat(submit(learner, attempt, "q-q1", "customer")).contains("Who patches RDS?", "The customer", "AWS",
				"Read the RDS page.");

		edit("reviewed", quiz("reviewed", "", patching("Who patches Amazon RDS today?", "customer", "Amazon Web Services",
				"Whoever runs the database")), "Who patches Amazon RDS today?");

		String review = learner.get(attempt).body();
		assertThat(review).contains("Who patches RDS?", "The customer", "0 of 1 point")
			.doesNotContain("today?", "Amazon Web Services", "Whoever runs the database");
	}

	@Test
	void itemAnalysisHasARowForEachCorrectAnswerAQuestionWasGradedWith() {
		Browser first = Browser.newLearner(port);
		submit(first, start(first, "analysed"), "q-q1", "aws");

		edit("analysed", quiz("analysed", "", patching("Who patches RDS, really?", "customer", "AWS", "The customer")),
				"Who patches RDS, really?");
		Browser second = Browser.newLearner(port);
		submit(second, start(second, "analysed"), "q-q1", "aws");

		List<QuizReports.Item> items = reports.itemAnalysis(QuizId.of("analysed")).orElseThrow().items();
		assertThat(items).extracting(QuizReports.Item::questionId).containsExactly("q1", "q1");
		assertThat(items.get(0).correctAnswer()).contains("AWS");
		assertThat(items.get(0).facility()).isEqualTo(1.0);
		assertThat(items.get(0).prompt()).isEqualTo("Who patches RDS?");
		assertThat(items.get(1).correctAnswer()).contains("The customer");
		assertThat(items.get(1).facility()).isZero();
		assertThat(items.get(1).commonWrongAnswer()).contains("AWS");
		Browser admin = new Browser(port);
		admin.logIn(ADMIN, Browser.PASSWORD);
		assertThat(admin.get("/instructor/quizzes/analysed").body()).contains(
				"Attempts graded with the correct answer: AWS", "Attempts graded with the correct answer: The customer");
	}

	@Test
	void sixteenLearnersStartingTheNewVersionAtOnceAllStartAndShareOneKeptVersion() throws Exception {
		edit("crowded", quiz("crowded", "pass_mark: 100\n", patching("Who patches RDS, at the exam?", "aws", "AWS",
				"The customer")), "Who patches RDS, at the exam?");
		ExecutorService pool = Executors.newFixedThreadPool(16);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Attempts.Started>> starts = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			String learner = "crowd-" + i;
			starts.add(pool.submit(() -> {
				go.await();
				return attempts.start(QuizId.of("crowded"), LearnerId.of(learner));
			}));
		}
		go.countDown();
		List<String> versions = new ArrayList<>();
		for (Future<Attempts.Started> start : starts) {
			versions.add(start.get().attempt().quizVersion().orElseThrow());
		}
		pool.shutdown();

		assertThat(versions).hasSize(16).containsOnly(versions.get(0));
		assertThat(jdbc.queryForObject("select count(*) from quiz_version where quiz_id = 'crowded'", Integer.class)).isOne();
		assertThat(jdbc.queryForObject("select count(*) from quiz_attempt where quiz_version = ?", Integer.class,
				versions.get(0))).isEqualTo(16);
	}

	/** The texts in the order the page shows them. */
	private static List<String> order(String page, String... texts) {
		return Stream.of(texts).filter(page::contains).sorted((a, b) -> page.indexOf(a) - page.indexOf(b))
			.collect(Collectors.toList());
	}
}
