package io.lectern.content.internal.web;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.Catalog;
import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.content.ReaderSlot;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Serves lesson pages from memory. Lesson pages are the most requested pages by far, so the bytes
 * rendered at first request are written straight to the response, without content negotiation or
 * message conversion; and the page's address is matched by a mapping of its own, asked before the
 * annotated controllers: finding the handler among all of theirs, pattern by pattern, cost a
 * guest's lesson page a quarter of its CPU time, and their model attributes are not needed here.
 */
@Controller
class LessonController implements HttpRequestHandler {

	/** Exactly two segments after "/courses", so media ("/courses/{course}/media/...") never match. */
	static final String LESSON_PAGES = "/courses/{courseSlug}/{lessonSlug}";

	private final Catalog catalog;
	private final LessonPages pages;

	LessonController(Catalog catalog, LessonPages pages) {
		this.catalog = catalog;
		this.pages = pages;
	}

	@Bean
	static SimpleUrlHandlerMapping lessonPageMapping(LessonController lessons) {
		SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of(LESSON_PAGES, lessons));
		// Before the annotated controllers' mapping (order 0), which has no other page of this shape.
		mapping.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return mapping;
	}

	@Override
	public void handleRequest(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			throw new HttpRequestMethodNotSupportedException(request.getMethod(), List.of("GET", "HEAD"));
		}
		// "courses", the course, the lesson: decoded and without ";" parameters, as @PathVariable gave them.
		RequestPath path = ServletRequestPathUtils.hasParsedRequestPath(request)
				? ServletRequestPathUtils.getParsedRequestPath(request) : ServletRequestPathUtils.parseAndCache(request);
		List<String> segments = path.pathWithinApplication()
			.elements()
			.stream()
			.filter(PathContainer.PathSegment.class::isInstance)
			.map(segment -> ((PathContainer.PathSegment) segment).valueToMatch())
			.toList();
		showLesson(segments.get(1), segments.get(2), new ServletWebRequest(request, response), response);
	}

	private void showLesson(String courseSlug, String lessonSlug, ServletWebRequest request,
			HttpServletResponse response) throws IOException {
		Course course = CourseSlug.read(courseSlug).flatMap(catalog::course).orElseThrow(LessonController::notFound);
		// From the course itself, so the page is all of one version when the course reloads meanwhile.
		Lesson lesson = LessonSlug.read(lessonSlug).flatMap(course::page).orElseThrow(LessonController::notFound);
		LessonPage page = pages.page(course, lesson, LocaleContextHolder.getLocale());
		Optional<Map<ReaderSlot.Place, String>> reader = pages.readerSlots(course, lesson, request.getRequest());
		response.setContentType("text/html;charset=UTF-8");
		if (reader.isPresent()) {
			// Personal: never stored by a shared cache, and not worth a validator.
			response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
			page.write(response.getOutputStream(), reader.get());
			return;
		}
		// no-cache: browsers may keep the page but must revalidate, so a changed course shows at once.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		if (request.checkNotModified(page.etag())) {
			return;
		}
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "reason.noLesson");
	}
}
