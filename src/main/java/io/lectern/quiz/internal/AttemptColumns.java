package io.lectern.quiz.internal;

import io.lectern.accounts.LearnerId;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizAttemptGraded;
import io.lectern.quiz.grading.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A submitted attempt, and the quiz versions it names, as the columns the portal stores for them:
 * for a program that writes a large database with plain JDBC (the bench's progress seeder), which
 * must not keep copies of these formats that drift from the portal's own (the version JSON and its
 * hash, the question list, the answer sheet, the response codec). The attempt goes through the
 * module's own aggregate, so it is graded as a learner's submit would be;
 * {@code AttemptsPersistenceTest} checks the columns against those a real submit stores.
 */
public final class AttemptColumns {

	/**
	 * A submitted attempt's columns of {@code quiz_attempt} (questions, answers and grades as JSON),
	 * and its graded questions, for the progress module's rows.
	 */
	public record Submitted(String questions, String answers, String grades, double score, double maxScore, boolean passed,
			double percent, List<QuizAttemptGraded.QuestionGraded> graded) {
	}

	private AttemptColumns() {
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
	public static Submitted submit(Quiz quiz, QuizVersion version, LearnerId learner, int number, long seed,
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
