package io.lectern.quiz.internal;

import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizAttemptGraded;
import io.lectern.quiz.grading.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For the bench seeders only (bench/src/ProgressSeed.java), which write a large database with JDBC:
 * quiz versions and submitted attempts as the portal itself stores them. It lives in the quiz
 * module's package, compiled against the packaged jar, so that the seed goes through the module's
 * own aggregate and encodings (the version JSON and its hash, the question list, the answer sheet,
 * the response codec), which are not public, rather than copies of their formats that would drift
 * from them, as the seed's did when attempts moved their answers into their own row.
 */
public final class SeedAttempts {

	/** A submitted attempt's columns of {@code quiz_attempt}, and its graded questions for the progress module's rows. */
	public record Submitted(String questions, String answers, String grades, double score, double maxScore, boolean passed,
			double percent, List<QuizAttemptGraded.QuestionGraded> graded) {
	}

	private SeedAttempts() {
	}

	/** The definition kept in {@code quiz_question_version} under the question version's hash. */
	public static String definition(QuestionVersion question) {
		return VersionJson.json(question.question());
	}

	/** The definition kept in {@code quiz_version} under the quiz version's hash. */
	public static String definition(QuizVersion version) {
		return VersionJson.json(version.quizId(), version.passMark(), version.shuffleChoices(), version.questions());
	}

	/**
	 * Starts an attempt with the quiz's {@code version} and submits these answers to it, as a
	 * learner's start and submit would, and returns what the portal stores for it.
	 */
	public static Submitted submit(Quiz quiz, QuizVersion version, String learner, int number, long seed,
			Map<String, Response> responses, Instant startedAt, Instant gradedAt) {
		Attempt attempt = Attempt.start(quiz, version, learner, number, seed, startedAt);
		GradedAttempt result = attempt.submit(version, responses, gradedAt);
		Map<String, String> given = new LinkedHashMap<>();
		for (String questionId : attempt.questionIds()) {
			attempt.answer(questionId).ifPresent(response -> given.put(questionId, ResponseCodec.encode(response)));
		}
		return new Submitted(new QuestionList().convertToDatabaseColumn(attempt.questionIds()), AnswerSheet.write(given),
				AnswerSheet.write(attempt.fractions()), result.score(), result.maxScore(), result.passed(), result.percent(),
				result.questionsGraded(version, attempt.questionIds()));
	}
}
