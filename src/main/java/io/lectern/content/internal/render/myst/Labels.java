package io.lectern.content.internal.render.myst;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Labels as MyST compares them, and the element ids Lectern writes for them. mystmd matches labels
 * ignoring case and runs of white space; an id keeps only letters, digits, {@code -} and {@code _},
 * so that whatever an author writes between the brackets of {@code (label)=} is a harmless id.
 */
public final class Labels {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");
	private static final Pattern NOT_ID = Pattern.compile("[^a-z0-9_-]+");
	private static final Pattern EDGES = Pattern.compile("^[^a-z0-9]+|-+$");
	private static final int MAX_ID = 100;

	private Labels() {
	}

	/** The form two labels are compared in: {@code "My  Figure"} and {@code "my figure"} are one label. */
	public static String normalize(String label) {
		return WHITESPACE.matcher(label.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
	}

	/** An id for the label, unique among {@code taken}, which it joins. */
	static String uniqueId(String wanted, Set<String> taken) {
		String base = idOf(wanted);
		String id = base;
		for (int repeat = 1; !taken.add(id); repeat++) {
			id = base + "-" + repeat;
		}
		return id;
	}

	static String idOf(String label) {
		String id = EDGES.matcher(NOT_ID.matcher(normalize(label)).replaceAll("-")).replaceAll("");
		id = id.length() > MAX_ID ? id.substring(0, MAX_ID) : id;
		return id.isEmpty() ? "label" : id;
	}
}
