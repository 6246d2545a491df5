package io.lectern.content.internal.web;

import io.lectern.content.internal.load.CatalogLoader;
import java.nio.charset.StandardCharsets;

/** A lesson page rendered to bytes once, with the validator that lets browsers revalidate it cheaply. */
record LessonPage(byte[] body, String etag) {

	static LessonPage of(String html) {
		byte[] body = html.getBytes(StandardCharsets.UTF_8);
		return new LessonPage(body, CatalogLoader.etag(body));
	}
}
