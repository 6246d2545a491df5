package io.lectern.content.internal.web;

import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.content.ReaderSlot;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Marks the lesson page of an instructor or admin as one that follows its course: {@code follow.js}
 * then listens to {@link AuthoringEvents} and loads the page again when the course changes.
 * Learners' pages carry no mark, and stay as they are until the next navigation.
 */
@Component
class FollowSlot implements ReaderSlot {

	@Override
	public Place place() {
		return Place.AFTER_LESSON;
	}

	@Override
	public String forGuests(Course course, Lesson lesson) {
		return "";
	}

	@Override
	public Optional<String> forReader(Course course, Lesson lesson, HttpServletRequest request) {
		if (!request.isUserInRole("INSTRUCTOR") && !request.isUserInRole("ADMIN")) {
			return Optional.empty();
		}
		return Optional.of("<span hidden data-follow-course=\"" + HtmlUtils.htmlEscape(course.slug().value()) + "\"></span>");
	}
}
