package io.lectern.progress.internal.visits;

import io.lectern.accounts.LearnerIdentity;
import io.lectern.content.Catalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.handler.MappedInterceptor;

/**
 * Lesson requests note visits, and the notes are written on a schedule. A configuration of its own
 * (not itself an MVC configurer) keeps the recorder out of other modules' MVC test slices. The
 * recorder is a mapped interceptor bean, which every handler mapping picks up: lesson pages have a
 * mapping of their own, which an MVC configurer's interceptors would not reach.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class VisitRecording {

	private static final String LESSON_PAGES = "/courses/*/*";

	@Bean
	MappedInterceptor lessonVisitRecorder(Catalog catalog, LearnerIdentity learners, LessonVisits visits) {
		return new MappedInterceptor(new String[] { LESSON_PAGES }, new VisitRecorder(catalog, learners, visits));
	}
}
