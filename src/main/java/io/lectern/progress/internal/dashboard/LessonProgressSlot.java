package io.lectern.progress.internal.dashboard;

import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.content.ReaderSlot;
import io.lectern.content.SlotMarkup;
import io.lectern.i18n.LocalFormats;
import io.lectern.progress.internal.CourseQuizzes;
import io.lectern.progress.internal.steps.StepsDone;
import io.lectern.progress.internal.steps.StepsView;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * The end of a lesson page: "Mark as complete" for a learner (or when they completed it) and how far
 * they are in the course, an invitation to log in for guests. A learner's is made from their steps
 * kept in memory ({@link StepsView}) and markup rendered once per lesson and language, with holes for
 * the figures that are theirs ({@link SlotMarkup}): the page is read far more often than progress
 * changes, and asked the database four queries and ran its template every time.
 */
@Component
class LessonProgressSlot implements ReaderSlot {

	private static final Set<String> TO_DO = Set.of("percent", "token");
	private static final Set<String> DONE = Set.of("percent", "at", "on");

	private final Learners learners;
	private final Fragments fragments;
	private final StepsView steps;
	private final Dashboards dashboards;
	private final CourseQuizzes courses;
	private final LocalFormats formats;
	private final Map<String, String> guests = new ConcurrentHashMap<>();
	/** Learners' markup by language, lesson, and whether it is completed; kept with the course version it shows. */
	private final Map<String, Made> learnerMarkup = new ConcurrentHashMap<>();

	private record Made(Course course, SlotMarkup markup) {
	}

	LessonProgressSlot(Learners learners, Fragments fragments, StepsView steps, Dashboards dashboards,
			CourseQuizzes courses, LocalFormats formats) {
		this.learners = learners;
		this.fragments = fragments;
		this.steps = steps;
		this.dashboards = dashboards;
		this.courses = courses;
		this.formats = formats;
	}

	@Override
	public Place place() {
		return Place.AFTER_LESSON;
	}

	@Override
	public String forGuests(Course course, Lesson lesson) {
		// Per lesson and language: the invitation to log in is written in the reader's language.
		return guests.computeIfAbsent(LocaleContextHolder.getLocale().toLanguageTag() + ' ' + lesson.url(),
				key -> fragments.render("progress/lesson", "lessonProgress", Map.of("lesson", lesson)));
	}

	@Override
	public Optional<String> forReader(Course course, Lesson lesson, HttpServletRequest request) {
		return learners.current(request).map(learner -> {
			StepsDone done = steps.of(learner, request, dashboards::steps);
			CourseProgress progress = CourseProgress.of(course, courses.of(course), done.lessonsOf(course.slug().value()),
					done.quizzesPassed(), Optional.empty(), Optional.empty());
			Instant completedAt = progress.completedLessons().get(lesson.source());
			CsrfToken csrf = Learners.csrf(request);
			Map<String, String> values = new HashMap<>();
			values.put("percent", formats.percent(progress.percent()));
			if (completedAt == null) {
				values.put("token", csrf.getToken());
			}
			else {
				values.put("at", completedAt.toString());
				values.put("on", formats.date(completedAt));
			}
			return markup(course, lesson, completedAt != null, csrf.getParameterName()).fill(values);
		});
	}

	private SlotMarkup markup(Course course, Lesson lesson, boolean completed, String csrfParameter) {
		String key = LocaleContextHolder.getLocale().toLanguageTag() + ' ' + lesson.url() + ' ' + completed + ' '
				+ csrfParameter;
		Made kept = learnerMarkup.get(key);
		// A reloaded course is a new object, perhaps with a new title: its markup is rendered again.
		if (kept != null && kept.course() == course) {
			return kept.markup();
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("lesson", lesson);
		variables.put("courseTitle", course.title());
		variables.put("percentDone", SlotMarkup.hole("percent"));
		variables.put("csrfParameter", csrfParameter);
		variables.put("csrfToken", SlotMarkup.hole("token"));
		if (completed) {
			variables.put("completedAt", SlotMarkup.hole("at"));
			variables.put("completedOn", SlotMarkup.hole("on"));
		}
		SlotMarkup made = SlotMarkup.of(fragments.render("progress/lesson", "lessonProgress", variables),
				completed ? DONE : TO_DO);
		learnerMarkup.put(key, new Made(course, made));
		return made;
	}
}
