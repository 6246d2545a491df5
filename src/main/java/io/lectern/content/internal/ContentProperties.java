package io.lectern.content.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the courses come from and how forgiving loading is.
 *
 * @param dir an author's content folder ({@code LECTERN_CONTENT_DIR}); empty for the course bundled in the jar
 * @param strict refuse to start on any content problem (the default), or skip broken lessons with a warning
 */
@ConfigurationProperties("lectern.content")
public record ContentProperties(String dir, Boolean strict) {

	public ContentProperties {
		strict = strict == null || strict;
	}

	boolean bundled() {
		return dir == null || dir.isBlank();
	}
}
