package io.lectern.quiz.internal;

import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizAttemptGraded;
import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.grading.Grade;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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

	static GradedAttempt of(Quiz quiz, Map<String, Grade> grades, Instant gradedAt, boolean late) {
		double score = 0;
		double max = 0;
		for (QuizQuestion question : quiz.questions()) {
			Grade grade = grades.get(question.question().info().id());
			if (grade != null) {
				score += grade.points(question.question().info());
				max += question.question().info().points();
			}
		}
		return new GradedAttempt(grades, score, max, percent(score, max) >= quiz.passMark(), gradedAt, late);
	}

	/** Each question's fraction with its topics, in the order the attempt showed them. */
	List<QuizAttemptGraded.QuestionGraded> questionsGraded(Quiz quiz, List<String> questionIds) {
		return questionIds.stream()
			.filter(grades::containsKey)
			.flatMap(id -> quiz.question(id).stream())
			.map(question -> new QuizAttemptGraded.QuestionGraded(question.question().info().id(),
					grades.get(question.question().info().id()).fraction(), question.question().info().topics()))
			.toList();
	}

	public double percent() {
		return percent(score, maxScore);
	}

	static double percent(double score, double max) {
		return max == 0 ? 0 : 100 * score / max;
	}
}
