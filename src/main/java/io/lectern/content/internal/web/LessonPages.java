package io.lectern.content.internal.web;

import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.content.LessonActivity;
import io.lectern.content.ReaderSlot;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import io.lectern.content.CoursesReloaded;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Lesson pages are the same for every reader until their course reloads, so each page is rendered
 * through its template once per version of its course, on first request, and served from memory after.
 * What depends on the reader comes from {@link ReaderSlot}s, spliced in per request. The interface
 * around the lesson speaks the reader's language, so a page is kept per (page, language).
 */
@Component
class LessonPages {

	private final ITemplateEngine templates;
	private final io.lectern.i18n.TemplateContexts contexts;
	private final List<LessonActivity.Source> activities;
	private final List<ReaderSlot> slots;
	private final Map<String, Rendered> pages = new ConcurrentHashMap<>();
	/** Counts the reloads heard, so that a page rendered while one was announced is not kept. */
	private final AtomicLong reloads = new AtomicLong();

	LessonPages(ITemplateEngine templates, ObjectProvider<LessonActivity.Source> activities,
			ObjectProvider<ReaderSlot> slots, io.lectern.i18n.TemplateContexts contexts) {
		this.templates = templates;
		this.contexts = contexts;
		this.activities = activities.orderedStream().toList();
		this.slots = slots.orderedStream().toList();
	}

	LessonPage page(Course course, Lesson lesson, Locale locale) {
		String key = locale.toLanguageTag() + ' ' + lesson.url();
		Rendered kept = pages.get(key);
		if (kept != null && kept.course() == course) {
			return kept.page();
		}
		// A reloaded course is a new object: its pages are rendered again, each replacing the old one.
		long seen = reloads.get();
		Rendered fresh = new Rendered(course, render(course, lesson, locale));
		pages.put(key, fresh);
		// The catalog swaps a course in before the reload is announced, and the quizzes shown beside
		// its lessons load again as it is: a page rendered meanwhile may have the new course with the
		// old quizzes, and kept, it would be served until the next reload. It is served once, not kept.
		if (reloads.get() != seen) {
			pages.remove(key, fresh);
		}
		return fresh.page();
	}

	/**
	 * Pages of a course that is gone or reloaded are not kept waiting for a request that may never
	 * come. Heard after the quizzes have loaded again (their listener goes first).
	 */
	@EventListener
	void on(CoursesReloaded reloaded) {
		reloads.incrementAndGet();
		pages.keySet().removeIf(key -> reloaded.courseSlugs().stream().anyMatch(slug -> key.contains(" /courses/" + slug + "/")));
	}

	/** This reader's slot contents, or empty when they see what guests see. */
	Optional<Map<ReaderSlot.Place, String>> readerSlots(Course course, Lesson lesson, HttpServletRequest request) {
		Map<ReaderSlot.Place, StringBuilder> own = new EnumMap<>(ReaderSlot.Place.class);
		boolean personal = false;
		for (ReaderSlot slot : slots) {
			Optional<String> html = slot.forReader(course, lesson, request);
			personal |= html.isPresent();
			own.computeIfAbsent(slot.place(), place -> new StringBuilder())
				.append(html.orElseGet(() -> slot.forGuests(course, lesson)));
		}
		if (!personal) {
			return Optional.empty();
		}
		Map<ReaderSlot.Place, String> contents = new EnumMap<>(ReaderSlot.Place.class);
		own.forEach((place, html) -> contents.put(place, html.toString()));
		return Optional.of(contents);
	}

	/** A page and the version of the course it was rendered from, told apart by identity. */
	private record Rendered(Course course, LessonPage page) {
	}

	private LessonPage render(Course course, Lesson lesson, Locale locale) {
		Context context = contexts.in(locale);
		context.setVariable("course", course);
		context.setVariable("lesson", lesson);
		context.setVariable("explorerInHeader", course.drawsDiagrams());
		context.setVariable("pageDescription", lesson.summary().isEmpty() ? course.summary() : lesson.summary());
		context.setVariable("section", course.sectionOf(lesson).orElse(null));
		context.setVariable("trail", course.trailOf(lesson));
		context.setVariable("previous", course.previous(lesson).orElse(null));
		context.setVariable("next", course.next(lesson).orElse(null));
		context.setVariable("activities",
				activities.stream().flatMap(source -> source.activitiesFor(lesson).stream()).toList());
		Map<String, String> markers = new java.util.HashMap<>();
		Map<ReaderSlot.Place, StringBuilder> guests = new EnumMap<>(ReaderSlot.Place.class);
		for (ReaderSlot.Place place : ReaderSlot.Place.values()) {
			markers.put(place.name(), LessonPage.marker(place));
			guests.put(place, new StringBuilder());
		}
		slots.forEach(slot -> guests.get(slot.place()).append(slot.forGuests(course, lesson)));
		context.setVariable("readerSlots", markers);
		Map<ReaderSlot.Place, String> guestHtml = new EnumMap<>(ReaderSlot.Place.class);
		guests.forEach((place, html) -> guestHtml.put(place, html.toString()));
		return LessonPage.of(templates.process("content/lesson", context), guestHtml, locale);
	}
}
