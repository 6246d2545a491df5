package io.lectern.content.internal.web;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.Catalog;
import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.content.ReaderSlot;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves lesson pages from memory. Lesson pages are the most requested pages by far, so the bytes
 * rendered at first request are written straight to the response, without content negotiation or
 * message conversion.
 */
@Controller
class LessonController {

	private final Catalog catalog;
	private final LessonPages pages;

	LessonController(Catalog catalog, LessonPages pages) {
		this.catalog = catalog;
		this.pages = pages;
	}

	@GetMapping("/courses/{courseSlug}/{lessonSlug}")
	void showLesson(@PathVariable String courseSlug, @PathVariable String lessonSlug, ServletWebRequest request,
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
