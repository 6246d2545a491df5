package io.lectern.progress.internal.dashboard;

import io.lectern.content.Course;
import io.lectern.content.CoursePanel;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A learner's progress in a course, where to resume and what to do next: on the course page and the catalog. */
@Component
class CourseProgressPanel implements CoursePanel {

	private final Learners learners;
	private final Fragments fragments;

	CourseProgressPanel(Learners learners, Fragments fragments) {
		this.learners = learners;
		this.fragments = fragments;
	}

	@Override
	public Optional<String> forReader(Course course, HttpServletRequest request) {
		return progress(course, request)
			.map(progress -> fragments.render("progress/course", "courseProgress", Map.of("progress", progress)));
	}

	@Override
	public Set<String> completedLessons(Course course, HttpServletRequest request) {
		return progress(course, request).map(progress -> progress.completedLessons().keySet()).orElse(Set.of());
	}

	private Optional<CourseProgress> progress(Course course, HttpServletRequest request) {
		return learners.current(request)
			.flatMap(learner -> learners.courses(learner, request)
				.stream()
				.filter(progress -> progress.course().slug().equals(course.slug()))
				.findFirst());
	}
}
