package io.lectern.content.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Where the courses come from and how forgiving loading is.
 *
 * @param dir an author's content folder ({@code LECTERN_CONTENT_DIR}); empty for the course bundled in the jar
 * @param strict refuse to start on any error or warning in the content; by default (false) the portal
 *     starts whenever the folder yields a lesson, leaves out what has errors and lists every problem
 * @param remoteMedia what becomes of images lessons show from other sites
 */
@ConfigurationProperties("lectern.content")
public record ContentProperties(String dir, Boolean strict, RemoteMedia remoteMedia) {

	@ConstructorBinding
	public ContentProperties {
		strict = strict != null && strict;
		remoteMedia = remoteMedia == null ? RemoteMedia.FETCH : remoteMedia;
	}

	public ContentProperties(String dir, Boolean strict) {
		this(dir, strict, null);
	}

	/** {@code lectern.content.remote-media}: {@code fetch} or {@code link}. */
	public enum RemoteMedia {
		/** Fetched once into the data folder when the course loads, and served by the portal. */
		FETCH,
		/** Shown as links to the other site, for machines without outside access. */
		LINK
	}

	boolean bundled() {
		return dir == null || dir.isBlank();
	}
}
