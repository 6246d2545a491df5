package io.lectern.content.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the courses come from and how forgiving loading is.
 *
 * @param dir an author's content folder ({@code LECTERN_CONTENT_DIR}); empty for the course bundled in the jar
 * @param strict refuse to start on any error or warning in the content; by default (false) the portal
 *     starts whenever the folder yields a lesson, leaves out what has errors and lists every problem
 */
@ConfigurationProperties("lectern.content")
public record ContentProperties(String dir, Boolean strict) {

	public ContentProperties {
		strict = strict != null && strict;
	}

	boolean bundled() {
		return dir == null || dir.isBlank();
	}
}
