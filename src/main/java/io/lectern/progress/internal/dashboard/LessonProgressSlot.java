package io.lectern.progress.internal.dashboard;

import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.content.ReaderSlot;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The end of a lesson page: "Mark as complete" for a learner (or when they completed it), an
 * invitation to log in for guests.
 */
@Component
class LessonProgressSlot implements ReaderSlot {

	private final Learners learners;
	private final Fragments fragments;
	private final Map<String, String> guests = new java.util.concurrent.ConcurrentHashMap<>();

	LessonProgressSlot(Learners learners, Fragments fragments) {
		this.learners = learners;
		this.fragments = fragments;
	}

	@Override
	public Place place() {
		return Place.AFTER_LESSON;
	}

	@Override
	public String forGuests(Course course, Lesson lesson) {
		// Per lesson and language: the invitation to log in is written in the reader's language.
		return guests.computeIfAbsent(LocaleContextHolder.getLocale().toLanguageTag() + ' ' + lesson.url(),
				key -> render(lesson, null, null));
	}

	@Override
	public Optional<String> forReader(Course course, Lesson lesson, HttpServletRequest request) {
		return learners.current(request).map(learner -> {
			CourseProgress progress = learners.courses(learner, request)
				.stream()
				.filter(each -> each.course().slug().equals(course.slug()))
				.findFirst()
				.orElseThrow();
			return render(lesson, progress, request);
		});
	}

	private String render(Lesson lesson, CourseProgress progress, HttpServletRequest request) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("lesson", lesson);
		variables.put("progress", progress);
		variables.put("completedAt", progress == null ? null : progress.completedLessons().get(lesson.source()));
		variables.put("csrf", request == null ? null : Learners.csrf(request));
		return fragments.render("progress/lesson", "lessonProgress", variables);
	}
}
