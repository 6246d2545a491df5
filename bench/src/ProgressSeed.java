import io.lectern.accounts.LearnerId;
import io.lectern.progress.internal.mastery.ResultsColumn;
import io.lectern.quiz.QuizAttemptGraded;
import io.lectern.quiz.grading.Response;
import io.lectern.quiz.internal.AttemptColumns;
import io.lectern.quiz.internal.QuestionVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;

/**
 * Fills a new H2 file database with learners and their history, as the portal itself would have
 * written it, for bench/progress.sh: accounts, the quizzes' kept versions, graded quiz attempts
 * (their questions, answers and grades in their own row), and the progress module's rows for each
 * (score, the attempt's graded answers with their topics, review cards for missed questions, lessons
 * completed by passing their quiz, the lesson read last, finished courses).
 *
 * <pre>java ProgressSeed CONTENT_DIR COURSE JDBC_URL LEARNERS ATTEMPTS PASSWORD SUMMARY_FILE</pre>
 *
 * CONTENT_DIR/COURSE is a generated course (bench/large-course.sh --generate); this writes a quiz
 * for each of its lessons beside it, loads the course with the portal's own content and quiz
 * loaders, and starts and submits every attempt through the quiz module's own aggregate and
 * encodings (AttemptColumns), so versions, question lists, answers, grades, topics and fractions are
 * what the portal would have stored. The schema comes from the portal's Flyway migrations. Every learner has the same
 * password, hashed once with the portal's encoder. Random but repeatable: the same arguments give
 * the same data, but for the password's salt and the dates, which end an hour before the seeding.
 * SUMMARY_FILE gets key=value lines for the calling script, among them a typical learner
 * (the median number of attempts) and the one with the most attempts.
 */
public class ProgressSeed {

	static final int CHUNK = 100;
	static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);


	public static void main(String[] args) throws Exception {
		Path content = Path.of(args[0]);
		String course = args[1];
		String url = args[2];
		int learners = Integer.parseInt(args[3]);
		int attempts = Integer.parseInt(args[4]);
		String password = args[5];
		long started = System.nanoTime();

		List<SeedQuizzes.Exam> exams = SeedQuizzes.writeQuizzes(content, course);
		// The portal's encoder (PasswordHashing), so the stored hash reads {argon2}$argon2id$...
		String hash = new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8())).encode(password);
		Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();

		int[] counts = attemptsPerLearner(learners, attempts, new Random(1));
		Rows rows;
		try (Connection db = DriverManager.getConnection(url, "sa", "")) {
			db.setAutoCommit(false);
			keepVersions(db, exams);
			rows = new Rows(db);
			for (int from = 0; from < learners; from += CHUNK) {
				for (int i = from; i < Math.min(learners, from + CHUNK); i++) {
					rows.learner(i + 1, hash, counts[i], exams, course);
				}
				rows.flush();
				db.commit();
				int seeded = Math.min(learners, from + CHUNK);
				if (seeded % 1000 == 0 || seeded == learners) {
					System.out.printf("seeded %,d of %,d learners in %.0f s%n", seeded, learners, (System.nanoTime() - started) / 1e9);
				}
			}
			rows.close();
		}
		try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
			// Rows were given their ids here: the portal's next ones must come after them.
			sql.execute("ALTER TABLE account ALTER COLUMN id RESTART WITH " + (learners + 1));
			sql.execute("ALTER TABLE quiz_attempt ALTER COLUMN id RESTART WITH " + (rows.attempts + 1));
			sql.execute("ALTER TABLE graded_answers ALTER COLUMN id RESTART WITH " + (rows.attempts + 1));
			// Rewritten in key order: the file shrinks tenfold, and reads as a long-lived database's would.
			sql.execute("SHUTDOWN COMPACT");
		}

		int typical = indexOfMedian(counts);
		int heaviest = 0;
		for (int i = 0; i < counts.length; i++) {
			heaviest = counts[i] > counts[heaviest] ? i : heaviest;
		}
		Files.writeString(Path.of(args[6]), String.join("\n", "course=" + course, "learners=" + learners,
				"attempts=" + rows.attempts, "question_results=" + rows.results, "review_cards=" + rows.cards,
				"lesson_completions=" + rows.completions, "course_completions=" + rows.courses,
				"typical=" + username(typical + 1), "typical_attempts=" + counts[typical], "heaviest=" + username(heaviest + 1),
				"heaviest_attempts=" + counts[heaviest], "seconds=" + Math.round((System.nanoTime() - started) / 1e9), ""));
	}

	/**
	 * The rows QuizVersions.keep writes for each quiz before its first attempt starts: the quiz's
	 * version and each of its questions' versions, under their hashes, which the attempts name.
	 */
	static void keepVersions(Connection db, List<SeedQuizzes.Exam> exams) throws SQLException {
		try (PreparedStatement quiz = db.prepareStatement("INSERT INTO quiz_version (hash, quiz_id, definition) VALUES (?, ?, ?)");
				PreparedStatement question = db.prepareStatement(
						"INSERT INTO quiz_question_version (hash, question_id, definition) VALUES (?, ?, ?)")) {
			Set<String> kept = new HashSet<>();
			for (SeedQuizzes.Exam exam : exams) {
				for (QuestionVersion version : exam.version().questions()) {
					if (kept.add(version.hash())) {
						Rows.set(question, version.hash(), version.id(), AttemptColumns.definition(version));
					}
				}
				Rows.set(quiz, exam.version().hash(), exam.version().quizId(), AttemptColumns.definition(exam.version()));
			}
			question.executeBatch();
			quiz.executeBatch();
		}
		db.commit();
	}

	static String username(int number) {
		return String.format("learner-%05d", number);
	}

	static String publicId(int number) {
		return orderedId(number, "learner");
	}

	/**
	 * A random-looking UUID (version 4 layout) that sorts by {@code number}: rows then go into the
	 * indexes keyed by learner or attempt in key order, much faster than at random places.
	 * The portal only ever compares these ids.
	 */
	static String orderedId(long number, String kind) {
		UUID random = UUID.nameUUIDFromBytes((kind + " " + number).getBytes(StandardCharsets.UTF_8));
		return new UUID(number << 32 | 0x4000L | random.getMostSignificantBits() & 0x0FFFL,
				random.getLeastSignificantBits()).toString();
	}

	/**
	 * How many attempts each learner made: exponentially spread around the mean (many a few, some
	 * very many, some none), adjusted one at a time to the exact total.
	 */
	static int[] attemptsPerLearner(int learners, int total, Random random) {
		int[] counts = new int[learners];
		double mean = (double) total / learners;
		int sum = 0;
		for (int i = 0; i < learners; i++) {
			counts[i] = (int) Math.round(-Math.log(1 - random.nextDouble()) * mean);
			sum += counts[i];
		}
		while (sum != total) {
			int i = random.nextInt(learners);
			if (sum < total) {
				counts[i]++;
				sum++;
			}
			else if (counts[i] > 0) {
				counts[i]--;
				sum--;
			}
		}
		return counts;
	}

	static int indexOfMedian(int[] counts) {
		int[] sorted = counts.clone();
		Arrays.sort(sorted);
		int median = sorted[sorted.length / 2];
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] == median) {
				return i;
			}
		}
		throw new IllegalStateException("no median");
	}

	/** The prepared inserts, filled a learner at a time and sent in batches, parents before children. */
	static final class Rows {

		final List<PreparedStatement> inOrder = new ArrayList<>();
		final PreparedStatement account, role, attempt, score, answers, card, completion, visit, course;
		long attempts;
		long results;
		long cards;
		long completions;
		long courses;

		Rows(Connection db) throws SQLException {
			account = prepare(db, "INSERT INTO account (id, public_id, username, display_name, password_hash, created_at,"
					+ " version) VALUES (?, ?, ?, ?, ?, ?, 0)");
			role = prepare(db, "INSERT INTO account_role (account_id, role) VALUES (?, 'LEARNER')");
			// Version 1: inserted when started, updated once by the submit.
			attempt = prepare(db, "INSERT INTO quiz_attempt (id, public_id, quiz_id, learner, attempt_number, seed, quiz_version,"
					+ " questions, answers, grades, started_at, deadline, state, score, max_score, passed, graded_at, late, version)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 'SUBMITTED', ?, ?, ?, ?, FALSE, 1)");
			score = prepare(db, "INSERT INTO quiz_score (attempt_id, learner, quiz_id, attempt_number, percent, passed, graded_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?)");
			// An attempt's graded answers in one row, with the portal's own encoding, as GradedAnswers writes them.
			answers = prepare(db, "INSERT INTO graded_answers (id, learner, quiz_id, answered_at, answered_in, results)"
					+ " VALUES (?, ?, ?, ?, 'QUIZ', ?)");
			// What ReviewCard.firstMiss gives a question missed in a quiz: no repetitions, ease 2.5, due a day later.
			card = prepare(db, "INSERT INTO review_card (learner, quiz_id, question_id, repetitions, ease, interval_days, due_at,"
					+ " retired, version) VALUES (?, ?, ?, 0, 2.5, 1, ?, FALSE, 0)");
			completion = prepare(db, "INSERT INTO lesson_completion (learner, course_slug, lesson_source, completed_at,"
					+ " completed_by) VALUES (?, ?, ?, ?, 'QUIZ')");
			visit = prepare(db, "INSERT INTO lesson_visit (learner, course_slug, lesson_source, visited_at) VALUES (?, ?, ?, ?)");
			course = prepare(db, "INSERT INTO course_completion (learner, course_slug, completed_at) VALUES (?, ?, ?)");
		}

		private PreparedStatement prepare(Connection db, String sql) throws SQLException {
			PreparedStatement statement = db.prepareStatement(sql);
			inOrder.add(statement);
			return statement;
		}

		/**
		 * One learner's account and history. They take the course's quizzes in order, each until they
		 * pass it (which completes its lesson), getting better with each try; past the last one they
		 * retake quizzes at random. Attempts are spread from the day they joined until an hour ago.
		 */
		void learner(int number, String hash, int count, List<SeedQuizzes.Exam> exams, String courseSlug) throws SQLException {
			// A generator of the learner's own: the same learner gets the same history, whatever the others get.
			Random random = new Random(number * 0x9E3779B97F4A7C15L);
			String learner = publicId(number);
			Instant joined = NOW.minus(Duration.ofMinutes(60 * 24 + random.nextInt(180 * 24 * 60)));
			set(account, number, learner, username(number), "Learner " + number, hash, at(joined));
			set(role, number);
			if (count == 0) {
				return;
			}
			double[] gaps = new double[count + 1];
			double total = 0;
			for (int i = 0; i <= count; i++) {
				gaps[i] = 0.05 + random.nextDouble();
				total += gaps[i];
			}
			long span = Duration.between(joined, NOW.minus(Duration.ofHours(1))).toSeconds();
			double skill = 0.45 + 0.5 * random.nextDouble();
			Map<String, Integer> tries = new HashMap<>();
			Map<List<String>, Instant> lastMiss = new LinkedHashMap<>();
			Instant[] passedAt = new Instant[exams.size()];
			int next = 0;
			SeedQuizzes.Exam last = null;
			Instant lastGraded = joined;
			double elapsed = 0;
			for (int a = 0; a < count; a++) {
				elapsed += gaps[a];
				Instant startedAt = joined.plusSeconds((long) (span * elapsed / total));
				Instant gradedAt = startedAt.plusSeconds(180 + random.nextInt(720));
				int index = next < exams.size() ? next : random.nextInt(exams.size());
				SeedQuizzes.Exam exam = exams.get(index);
				String quizId = exam.quiz().id().value();
				int tryNumber = tries.merge(quizId, 1, Integer::sum);
				double right = Math.min(0.97, skill + 0.12 * (tryNumber - 1));
				long id = ++attempts;
				String attemptPublicId = orderedId(id, "attempt");
				Map<String, Response> responses = new LinkedHashMap<>();
				for (SeedQuizzes.Item item : exam.items()) {
					responses.put(item.id(), random.nextDouble() < right ? item.right()
							: item.wrong().get(random.nextInt(item.wrong().size())));
				}
				long seed = random.nextLong();
				AttemptColumns.Submitted submitted = AttemptColumns.submit(exam.quiz(), exam.version(), LearnerId.of(learner), tryNumber, seed,
						responses, startedAt, gradedAt);
				boolean passed = submitted.passed();
				set(attempt, id, attemptPublicId, quizId, learner, tryNumber, seed, exam.version().hash(),
						submitted.questions(), submitted.answers(), submitted.grades(), at(startedAt), submitted.score(),
						submitted.maxScore(), passed, at(gradedAt));
				set(score, attemptPublicId, learner, quizId, tryNumber, submitted.percent(), passed, at(gradedAt));
				List<ResultsColumn.Result> graded = new ArrayList<>();
				for (QuizAttemptGraded.QuestionGraded question : submitted.graded()) {
					graded.add(new ResultsColumn.Result(question.questionId(), question.fraction(), question.topics()));
				}
				set(answers, id, learner, quizId, at(gradedAt), ResultsColumn.write(graded));
				results += graded.size();
				for (QuizAttemptGraded.QuestionGraded question : submitted.graded()) {
					if (question.fraction() < 1) {
						lastMiss.put(List.of(quizId, question.questionId()), gradedAt);
					}
				}
				if (passed && passedAt[index] == null) {
					passedAt[index] = gradedAt;
					set(completion, learner, courseSlug, exam.lessonSource(), at(gradedAt));
					completions++;
				}
				while (next < exams.size() && passedAt[next] != null) {
					next++;
				}
				last = exam;
				lastGraded = gradedAt;
			}
			for (Map.Entry<List<String>, Instant> missed : lastMiss.entrySet()) {
				set(card, learner, missed.getKey().get(0), missed.getKey().get(1), at(missed.getValue().plus(Duration.ofDays(1))));
				cards++;
			}
			// Having passed a quiz, the learner went on to read the next lesson.
			SeedQuizzes.Exam reading = next < exams.size() && passedAt[exams.indexOf(last)] != null ? exams.get(next) : last;
			set(visit, learner, courseSlug, reading.lessonSource(), at(lastGraded.plusSeconds(60)));
			if (next == exams.size()) {
				Instant finished = Arrays.stream(passedAt).max(Instant::compareTo).orElseThrow();
				set(course, learner, courseSlug, at(finished));
				courses++;
			}
		}

		/** Binds the values in order and adds the row to the statement's batch. */
		static void set(PreparedStatement statement, Object... values) throws SQLException {
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			statement.addBatch();
		}

		static OffsetDateTime at(Instant instant) {
			return instant.atOffset(ZoneOffset.UTC);
		}

		void flush() throws SQLException {
			for (PreparedStatement statement : inOrder) {
				statement.executeBatch();
			}
		}

		void close() throws SQLException {
			for (PreparedStatement statement : inOrder) {
				statement.close();
			}
		}
	}

}
