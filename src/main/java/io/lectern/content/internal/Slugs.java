package io.lectern.content.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs and display titles derived from names authors chose for files and folders. */
public final class Slugs {

	private static final Pattern MARKS = Pattern.compile("\\p{M}");
	private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
	private static final Pattern EDGE_HYPHENS = Pattern.compile("(^-+)|(-+$)");
	private static final Pattern SEPARATORS = Pattern.compile("[-_]+");

	private Slugs() {
	}

	/** {@code "Lesson7_AWS Big-Data.md"} becomes {@code "lesson7-aws-big-data-md"}. */
	public static String slugify(String text) {
		String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
		String hyphenated = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
		String slug = EDGE_HYPHENS.matcher(hyphenated).replaceAll("");
		return slug.isEmpty() ? "untitled" : slug;
	}

	/** {@code "aws-big_data"} becomes {@code "Aws big data"}: a folder name made readable. */
	public static String titleFromName(String name) {
		String words = SEPARATORS.matcher(name).replaceAll(" ").trim();
		return words.isEmpty() ? "Course" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	public static String withoutExtension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot > 0 ? fileName.substring(0, dot) : fileName;
	}
}
