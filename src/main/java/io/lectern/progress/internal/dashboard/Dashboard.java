package io.lectern.progress.internal.dashboard;

import io.lectern.progress.internal.chart.ScoreChart;
import io.lectern.progress.internal.mastery.TopicMastery;
import java.time.Instant;
import java.util.List;

/**
 * Everything the learner's dashboard shows, read in a fixed handful of queries.
 *
 * @param courses each course with the learner's progress in it
 * @param activity the latest things the learner did, newest first
 * @param scores the latest graded attempts, oldest first, for the chart and its table
 * @param attempts how many graded attempts there are in all
 * @param mastery each topic the learner has answered questions on, by name
 * @param reviewsDue how many questions are due for review now
 */
public record Dashboard(List<CourseProgress> courses, List<Activity> activity, List<Score> scores, int attempts,
		ScoreChart chart,
		List<Topic> mastery, long reviewsDue) {

	/**
	 * Something the learner did, with where it happened: {@code what} is the message key that says
	 * it in the reader's language, {@code percent} the score it names, if any.
	 */
	public record Activity(Instant at, String what, long percent, String title, String url) {
	}

	/** A graded attempt with its quiz's title. */
	public record Score(String quizTitle, String url, int attempt, double percent, boolean passed, Instant gradedAt) {
	}

	/** A topic tag and the learner's mastery of it. */
	public record Topic(String name, TopicMastery mastery) {

		public int percent() {
			return (int) Math.round(mastery.score() * 100);
		}
	}
}
