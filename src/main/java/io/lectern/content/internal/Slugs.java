package io.lectern.content.internal;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs and display titles derived from names authors chose for files and folders. */
public final class Slugs {

	private Slugs() {
	}

	/** {@code "Lesson7_AWS Big-Data.md"} becomes {@code "lesson7-aws-big-data-md"}. */
	public static String slugify(String text) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
		return slug.isEmpty() ? "untitled" : slug;
	}

	/** {@code "aws-big_data"} becomes {@code "Aws big data"}: a folder name made readable. */
	public static String titleFromName(String name) {
		String words = name.replaceAll("[-_]+", " ").trim();
		return words.isEmpty() ? "Course" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	public static String withoutExtension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot > 0 ? fileName.substring(0, dot) : fileName;
	}
}
