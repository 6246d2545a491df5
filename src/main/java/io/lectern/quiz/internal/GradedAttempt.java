package io.lectern.quiz.internal;

import io.lectern.quiz.QuizAttemptGraded;
import io.lectern.quiz.grading.Grade;
import io.lectern.quiz.grading.QuestionInfo;
import io.lectern.quiz.grading.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The result of a submitted attempt.
 *
 * @param grades each question's grade, by question id, in the order shown
 * @param score points earned; {@code maxScore} the points available in this attempt
 * @param gradedAt when it counted as submitted: the deadline, for a submit that came too late
 * @param late whether the submit came after the deadline and its grace period
 */
public record GradedAttempt(Map<String, Grade> grades, double score, double maxScore, boolean passed, Instant gradedAt,
		boolean late) {

	public GradedAttempt {
		grades = Map.copyOf(grades);
	}

	/**
	 * Grades each of an attempt's questions as the quiz version it started with defines them, and
	 * sums their points; the version's pass mark decides whether it passed. A question the version
	 * lacks (removed before versions were kept) is neither graded nor counted.
	 */
	static GradedAttempt grade(QuizVersion version, List<String> questionIds,
			Function<String, Optional<Response>> answers, Instant gradedAt, boolean late) {
		Map<String, Grade> grades = new LinkedHashMap<>();
		double score = 0;
		double max = 0;
		for (QuestionVersion question : version.questions(questionIds)) {
			QuestionInfo info = question.question().question().info();
			Grade grade = question.question().question().grade(answers.apply(question.id()).orElse(new Response.Blank()));
			grades.put(question.id(), grade);
			score += grade.points(info);
			max += info.points();
		}
		return new GradedAttempt(grades, score, max, percent(score, max) >= version.passMark(), gradedAt, late);
	}

	/** Each question's fraction with its topics, in the order the attempt showed them. */
	List<QuizAttemptGraded.QuestionGraded> questionsGraded(QuizVersion version, List<String> questionIds) {
		return version.questions(questionIds).stream()
			.filter(question -> grades.containsKey(question.id()))
			.map(question -> new QuizAttemptGraded.QuestionGraded(question.id(), grades.get(question.id()).fraction(),
					question.question().question().info().topics()))
			.toList();
	}

	public double percent() {
		return percent(score, maxScore);
	}

	static double percent(double score, double max) {
		return max == 0 ? 0 : 100 * score / max;
	}
}
