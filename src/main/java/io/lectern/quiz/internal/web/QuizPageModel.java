package io.lectern.quiz.internal.web;

import io.lectern.content.Catalog;
import io.lectern.content.Lesson;
import io.lectern.quiz.Quiz;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every quiz page needs besides its own content: the quiz, its addresses, lessons and course. */
@Component
class QuizPageModel {

	private final Catalog catalog;
	private final QuizFormat format;

	QuizPageModel(Catalog catalog, QuizFormat format) {
		this.catalog = catalog;
		this.format = format;
	}

	String page(Quiz quiz, Model model, String view) {
		List<Lesson> lessons = quiz.lessons().stream().flatMap(source -> catalog.lessonFrom(source).stream()).toList();
		model.addAttribute("quiz", quiz);
		model.addAttribute("urls", new QuizUrls(quiz));
		model.addAttribute("fmt", format);
		model.addAttribute("lessons", lessons);
		model.addAttribute("course",
				lessons.stream().findFirst().flatMap(lesson -> catalog.course(lesson.courseSlug())).orElse(null));
		return view;
	}
}
