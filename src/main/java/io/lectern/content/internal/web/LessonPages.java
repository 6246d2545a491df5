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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Lesson pages are the same for every reader and content never changes while the portal runs, so
 * each page is rendered through its template once, on first request, and served from memory after.
 * What depends on the reader comes from {@link ReaderSlot}s, spliced in per request.
 */
@Component
class LessonPages {

	private final ITemplateEngine templates;
	private final List<LessonActivity.Source> activities;
	private final List<ReaderSlot> slots;
	private final Map<String, LessonPage> pages = new ConcurrentHashMap<>();

	LessonPages(ITemplateEngine templates, ObjectProvider<LessonActivity.Source> activities,
			ObjectProvider<ReaderSlot> slots) {
		this.templates = templates;
		this.activities = activities.orderedStream().toList();
		this.slots = slots.orderedStream().toList();
	}

	LessonPage page(Course course, Lesson lesson) {
		return pages.computeIfAbsent(lesson.url(), url -> render(course, lesson));
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

	private LessonPage render(Course course, Lesson lesson) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("course", course);
		context.setVariable("lesson", lesson);
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
		return LessonPage.of(templates.process("content/lesson", context), guestHtml);
	}
}
