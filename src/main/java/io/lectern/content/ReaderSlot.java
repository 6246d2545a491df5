package io.lectern.content;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * A part of the lesson page that depends on who reads it (the account links in the header, "mark
 * as complete" at the end), offered by another module. Lesson pages stay rendered once and shared:
 * the shared bytes hold each slot's guest version, and a signed-in reader's page is the same bytes
 * with their own version spliced in.
 */
public interface ReaderSlot {

	/** Where on the lesson page the slot goes. */
	enum Place {
		/** The end of the site header, beside the site links. */
		HEADER,
		/** After the lesson text, before its activities. */
		AFTER_LESSON
	}

	Place place();

	/** What every guest sees here, rendered once with the page; may be empty. */
	String forGuests(Course course, Lesson lesson);

	/**
	 * What this reader sees here, or empty when it is the guests' version. Called on every request
	 * for the page, so it must be quick.
	 */
	Optional<String> forReader(Course course, Lesson lesson, HttpServletRequest request);
}
