package io.lectern.content.internal.web;

import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.content.LessonActivity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Lesson pages are the same for every reader and content never changes while the portal runs, so
 * each page is rendered through its template once, on first request, and served from memory after.
 * Nothing about the reader may go into these pages.
 */
@Component
class LessonPages {

	private final ITemplateEngine templates;
	private final List<LessonActivity.Source> activities;
	private final Map<String, LessonPage> pages = new ConcurrentHashMap<>();

	LessonPages(ITemplateEngine templates, ObjectProvider<LessonActivity.Source> activities) {
		this.templates = templates;
		this.activities = activities.orderedStream().toList();
	}

	LessonPage page(Course course, Lesson lesson) {
		return pages.computeIfAbsent(lesson.url(), url -> render(course, lesson));
	}

	private LessonPage render(Course course, Lesson lesson) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("course", course);
		context.setVariable("lesson", lesson);
		context.setVariable("section", course.sectionOf(lesson).orElse(null));
		context.setVariable("previous", course.previous(lesson).orElse(null));
		context.setVariable("next", course.next(lesson).orElse(null));
		context.setVariable("activities",
				activities.stream().flatMap(source -> source.activitiesFor(lesson).stream()).toList());
		return LessonPage.of(templates.process("content/lesson", context));
	}
}
