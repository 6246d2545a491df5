package io.lectern.content;

import java.time.Instant;

/**
 * A commit of the git repository the courses come from.
 *
 * @param id the full object name, 40 hexadecimal digits
 * @param subject the first line of its message
 * @param time when it was committed
 */
public record ContentCommit(String id, String subject, Instant time) {

	/** The seven digits git itself shows, enough to tell commits of one repository apart. */
	public String shortId() {
		return id.substring(0, Math.min(7, id.length()));
	}
}
