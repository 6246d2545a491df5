package io.lectern.progress.internal.visits;

import io.lectern.accounts.LearnerIdentity;
import io.lectern.content.Catalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lesson requests note visits, and the notes are written on a schedule. A configuration of its own
 * (not itself an MVC configurer) keeps the recorder out of other modules' MVC test slices.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class VisitRecording {

	private static final String LESSON_PAGES = "/courses/*/*";

	@Bean
	WebMvcConfigurer lessonVisitRecorder(Catalog catalog, LearnerIdentity learners, LessonVisits visits) {
		VisitRecorder recorder = new VisitRecorder(catalog, learners, visits);
		return new WebMvcConfigurer() {

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(recorder).addPathPatterns(LESSON_PAGES);
			}
		};
	}
}
