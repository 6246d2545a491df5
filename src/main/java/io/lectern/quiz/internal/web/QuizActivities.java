package io.lectern.quiz.internal.web;

import io.lectern.content.Lesson;
import io.lectern.content.LessonActivity;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.Quizzes;
import java.util.List;
import org.springframework.stereotype.Component;

/** Offers each lesson's quizzes at the end of the lesson page: the same for every reader. */
@Component
class QuizActivities implements LessonActivity.Source {

	private final Quizzes quizzes;

	QuizActivities(Quizzes quizzes) {
		this.quizzes = quizzes;
	}

	@Override
	public List<LessonActivity> activitiesFor(Lesson lesson) {
		return quizzes.of(lesson).stream().map(QuizActivities::activity).toList();
	}

	private static LessonActivity activity(Quiz quiz) {
		int questions = quiz.questionsPerAttempt();
		String details = (questions == 1 ? "1 question" : questions + " questions") + " · pass mark " + quiz.passMark()
				+ "%" + quiz.timeLimit().map(limit -> " · " + QuizFormat.INSTANCE.duration(limit)).orElse("");
		return new LessonActivity("Quiz", quiz.title(), QuizUrls.intro(quiz), details);
	}
}
