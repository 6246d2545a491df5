package io.lectern.content.internal.web;

import io.lectern.content.Catalog;
import io.lectern.content.Course;
import io.lectern.content.Lesson;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves lesson pages from memory. Spring answers a matching {@code If-None-Match} with 304 on its
 * own because the response carries an ETag.
 */
@Controller
class LessonController {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

	private final Catalog catalog;
	private final LessonPages pages;

	LessonController(Catalog catalog, LessonPages pages) {
		this.catalog = catalog;
		this.pages = pages;
	}

	@GetMapping("/courses/{courseSlug}/{lessonSlug}")
	ResponseEntity<byte[]> showLesson(@PathVariable String courseSlug, @PathVariable String lessonSlug) {
		Course course = catalog.course(courseSlug).orElseThrow(LessonController::notFound);
		Lesson lesson = catalog.lesson(courseSlug, lessonSlug).orElseThrow(LessonController::notFound);
		LessonPage page = pages.page(course, lesson);
		// no-cache: browsers may keep the page but must revalidate, so a changed course shows at once.
		return ResponseEntity.ok()
			.contentType(HTML)
			.eTag(page.etag())
			.cacheControl(CacheControl.noCache())
			.body(page.body());
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no lesson at this address.");
	}
}
