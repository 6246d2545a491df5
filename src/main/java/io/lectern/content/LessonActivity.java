package io.lectern.content;

import java.util.List;

/**
 * Something to do after reading a lesson, offered by another module (the lesson's quiz, say) and
 * shown at the end of the lesson page.
 *
 * @param kind a short label such as "Quiz"
 * @param details one line such as "7 questions · pass mark 70%"
 */
public record LessonActivity(String kind, String title, String url, String details) {

	/**
	 * Offers activities for lessons. What it returns must be the same for every reader, because
	 * lesson pages are rendered once and shared: no progress, no scores, nothing personal.
	 */
	public interface Source {

		List<LessonActivity> activitiesFor(Lesson lesson);
	}
}
