package io.lectern.web;

import io.lectern.authoring.ProblemBoard;
import io.lectern.content.ContentSource;
import org.springframework.beans.factory.ObjectProvider;
import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.content.ReaderSlot;
import io.lectern.content.SlotMarkup;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.i18n.LocaleContextHolder;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The account links in the header of lesson pages, which are rendered once and shared. */
@Component
class AccountLinks implements ReaderSlot {

	private final ITemplateEngine templates;
	private final io.lectern.i18n.TemplateContexts contexts;
	private final ProblemBoard problems;
	private final ObjectProvider<ContentSource> content;
	/** The guests' links, rendered once per language. */
	private final Map<Locale, String> guests = new ConcurrentHashMap<>();
	/** A learner's links, rendered once per language with holes for their name and CSRF token. */
	private final Map<String, SlotMarkup> learners = new ConcurrentHashMap<>();

	AccountLinks(ITemplateEngine templates, ProblemBoard problems, ObjectProvider<ContentSource> content,
			io.lectern.i18n.TemplateContexts contexts) {
		this.templates = templates;
		this.contexts = contexts;
		this.problems = problems;
		this.content = content;
	}

	@Override
	public Place place() {
		return Place.HEADER;
	}

	@Override
	public String forGuests(Course course, Lesson lesson) {
		return guests.computeIfAbsent(LocaleContextHolder.getLocale(), locale -> render(null));
	}

	@Override
	public Optional<String> forReader(Course course, Lesson lesson, HttpServletRequest request) {
		return Viewer.of(request, problems, content).map(viewer -> viewer.instructor() ? render(viewer) : learner(viewer));
	}

	/** A learner's links differ from another learner's only in their name and token. */
	private String learner(Viewer viewer) {
		SlotMarkup links = learners.computeIfAbsent(
				LocaleContextHolder.getLocale().toLanguageTag() + ' ' + viewer.csrfParameter(),
				key -> SlotMarkup.of(render(new Viewer(SlotMarkup.hole("name"), false, false, viewer.csrfParameter(),
						SlotMarkup.hole("token"), 0, null)), Set.of("name", "token")));
		return links.fill(Map.of("name", viewer.displayName(), "token", viewer.csrfToken()));
	}

	private String render(Viewer viewer) {
		Context context = contexts.forRequest();
		context.setVariable("viewer", viewer);
		return templates.process("fragments/account", Set.of("nav"), context);
	}
}
