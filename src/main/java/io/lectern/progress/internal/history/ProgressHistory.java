package io.lectern.progress.internal.history;

import io.lectern.accounts.LearnerId;
import java.time.Instant;
import java.util.List;

/** Everything progress keeps about one learner, for the "download my data" file. */
public interface ProgressHistory {

	record Completion(String course, String lesson, Instant completedAt, String completedBy) {
	}

	record Visit(String course, String lesson, Instant visitedAt) {
	}

	record CourseFinished(String course, Instant completedAt) {
	}

	record Score(String quizId, int attempt, double percent, boolean passed, Instant gradedAt) {
	}

	record Answer(String quizId, String questionId, List<String> topics, double fraction, Instant answeredAt,
			String answeredIn) {
	}

	record Review(String quizId, String questionId, int repetitions, double ease, int intervalDays, Instant dueAt,
			boolean retired) {
	}

	record Records(List<Completion> completions, List<Visit> lastVisits, List<CourseFinished> coursesCompleted,
			List<Score> quizScores, List<Answer> answers, List<Review> reviewQueue) {
	}

	Records of(LearnerId learner);
}
