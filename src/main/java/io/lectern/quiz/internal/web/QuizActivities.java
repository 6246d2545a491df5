package io.lectern.quiz.internal.web;

import io.lectern.content.Lesson;
import io.lectern.content.LessonActivity;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.Quizzes;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Offers each lesson's quizzes at the end of the lesson page: the same for every reader. */
@Component
class QuizActivities implements LessonActivity.Source {

	private final Quizzes quizzes;
	private final QuizFormat format;
	private final MessageSource messages;

	QuizActivities(Quizzes quizzes, QuizFormat format, MessageSource messages) {
		this.quizzes = quizzes;
		this.format = format;
		this.messages = messages;
	}

	@Override
	public List<LessonActivity> activitiesFor(Lesson lesson) {
		return quizzes.of(lesson).stream().map(this::activity).toList();
	}

	/** In the language of the lesson page being rendered, which is the request's. */
	private LessonActivity activity(Quiz quiz) {
		Locale locale = LocaleContextHolder.getLocale();
		String details = messages.getMessage("quiz.activity.details",
				new Object[] { quiz.questionsPerAttempt(), format.percent(quiz.passMark()) }, locale)
				+ quiz.timeLimit().map(limit -> " · " + format.duration(limit)).orElse("");
		return new LessonActivity(messages.getMessage("quiz.eyebrow", null, locale), quiz.title(), QuizUrls.intro(quiz),
				details);
	}
}
