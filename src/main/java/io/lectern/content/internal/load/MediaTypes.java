package io.lectern.content.internal.load;

import java.util.Locale;
import java.util.Map;

/** Content types of the files lessons show or link to, by extension. */
final class MediaTypes {

	private static final Map<String, String> BY_EXTENSION = Map.ofEntries(Map.entry("png", "image/png"),
			Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
			Map.entry("svg", "image/svg+xml"), Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"),
			Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"), Map.entry("csv", "text/csv"),
			Map.entry("txt", "text/plain"), Map.entry("json", "application/json"), Map.entry("zip", "application/zip"),
			Map.entry("ipynb", "application/x-ipynb+json"), Map.entry("py", "text/x-python"),
			Map.entry("sql", "application/sql"), Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"),
			Map.entry("ogv", "video/ogg"));

	private MediaTypes() {
	}

	static String of(String path) {
		int dot = path.lastIndexOf('.');
		String extension = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
		return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
	}
}
