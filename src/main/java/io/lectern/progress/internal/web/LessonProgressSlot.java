package io.lectern.progress.internal.web;

import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.content.ReaderSlot;
import io.lectern.progress.internal.Completions;
import io.lectern.progress.internal.CourseProgress;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The end of a lesson page: "Mark as complete" for a learner (or when they completed it), an
 * invitation to log in for guests. Showing the lesson to a learner also makes it the one to resume.
 */
@Component
class LessonProgressSlot implements ReaderSlot {

	private final Learners learners;
	private final Completions completions;
	private final Fragments fragments;
	private final Map<String, String> guests = new java.util.concurrent.ConcurrentHashMap<>();

	LessonProgressSlot(Learners learners, Completions completions, Fragments fragments) {
		this.learners = learners;
		this.completions = completions;
		this.fragments = fragments;
	}

	@Override
	public Place place() {
		return Place.AFTER_LESSON;
	}

	@Override
	public String forGuests(Course course, Lesson lesson) {
		return guests.computeIfAbsent(lesson.url(), url -> render(lesson, null, null));
	}

	@Override
	public Optional<String> forReader(Course course, Lesson lesson, HttpServletRequest request) {
		return learners.current(request).map(learner -> {
			completions.visit(learner, lesson);
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
