package io.lectern.progress.internal.visits;

import io.lectern.accounts.LearnerIdentity;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.Catalog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Notes a signed-in learner's visit when their request for a lesson page was answered, as the
 * request's own business rather than a side effect of rendering part of the page.
 */
class VisitRecorder implements HandlerInterceptor {

	private final Catalog catalog;
	private final LearnerIdentity learners;
	private final LessonVisits visits;

	VisitRecorder(Catalog catalog, LearnerIdentity learners, LessonVisits visits) {
		this.catalog = catalog;
		this.learners = learners;
		this.visits = visits;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (response.getStatus() != HttpStatus.OK.value() || !"GET".equals(request.getMethod())) {
			return;
		}
		// "/courses/{course}/{lesson}", as VisitRecording's pattern matched it.
		String[] path = request.getRequestURI().substring(request.getContextPath().length()).split("/");
		if (path.length != 4) {
			return;
		}
		learners.current(request)
			.ifPresent(learner -> catalog.lesson(CourseSlug.of(path[2]), LessonSlug.of(path[3])).ifPresent(lesson -> visits.record(learner, lesson)));
	}
}
