package io.lectern.content.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.Course;
import io.lectern.content.CoursesReloaded;
import io.lectern.content.Lesson;
import io.lectern.content.LessonActivity;
import io.lectern.content.ReaderSlot;
import io.lectern.content.Section;
import io.lectern.i18n.TemplateContexts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.StaticApplicationContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.IContext;

/** Lesson pages are rendered once per version of their course, and never kept from before a reload. */
class LessonPagesTest {

	final Lesson lesson = new Lesson(CourseSlug.of("quizzed"), LessonSlug.of("first"), "First", "", List.of(), "first.md",
			"<p>Text.</p>", List.of(), 1, List.of());
	final Course course = new Course(CourseSlug.of("quizzed"), "Quizzed", "", List.of(new Section("Part", List.of(lesson))));
	final AtomicInteger renders = new AtomicInteger();
	final ITemplateEngine templates = mock(ITemplateEngine.class);
	final StaticListableBeanFactory beans = new StaticListableBeanFactory();
	final LessonPages pages = new LessonPages(templates, beans.getBeanProvider(LessonActivity.Source.class),
			beans.getBeanProvider(ReaderSlot.class), new TemplateContexts(new StaticApplicationContext()));

	@Test
	void aPageIsRenderedOnceForItsCourse() {
		rendering(() -> {
		});

		assertThat(body()).contains("render 1");
		assertThat(body()).contains("render 1");
		assertThat(renders).hasValue(1);
	}

	/**
	 * The catalog swaps the course in before the reload is announced and the quizzes beside its lessons
	 * load again: a page rendered in between is served, but the next request renders it again.
	 */
	@Test
	void aPageRenderedWhileItsCourseReloadsIsServedButNotKept() {
		rendering(() -> {
			if (renders.get() == 1) {
				pages.on(new CoursesReloaded(List.of(course.slug())));
			}
		});

		assertThat(body()).contains("render 1");
		assertThat(body()).contains("render 2");
		assertThat(body()).contains("render 2");
		assertThat(renders).hasValue(2);
	}

	private void rendering(Runnable during) {
		when(templates.process(eq("content/lesson"), any(IContext.class))).thenAnswer(call -> {
			renders.incrementAndGet();
			during.run();
			return "<p>render " + renders.get() + "</p>";
		});
	}

	private String body() {
		return new String(pages.page(course, lesson, Locale.ENGLISH).body(), StandardCharsets.UTF_8);
	}
}
