package io.lectern.content;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * A {@link ReaderSlot}'s markup rendered once through its template with holes where each reader's
 * own text goes, and filled per request: running the template for every signed-in page cost more
 * than the rest of the page. A hole is a word that passes through the template's escaping unchanged,
 * holding a secret made at start-up so that no author's text can pose as one ({@link #hole}). What
 * fills it is escaped for HTML as the template's {@code th:text} or {@code th:value} would have
 * escaped it, so a hole may stand only where the template writes an escaped value: text, or an
 * attribute in quotes (never a URL, a script or a style).
 */
public final class SlotMarkup {

	private static final String SECRET = secret();

	private static final Pattern HOLE = Pattern.compile("lectern" + SECRET + "([a-z]+)_");

	/** The markup between the holes: one more than there are holes. */
	private final List<String> segments;

	/** The holes' names in page order, each between two segments; a name may come back. */
	private final List<String> holes;

	private final int length;

	private SlotMarkup(List<String> segments, List<String> holes) {
		this.segments = List.copyOf(segments);
		this.holes = List.copyOf(holes);
		this.length = segments.stream().mapToInt(String::length).sum();
	}

	private static String secret() {
		byte[] secret = new byte[8];
		new SecureRandom().nextBytes(secret);
		return HexFormat.of().formatHex(secret);
	}

	/** The word to give the template in place of the reader's own value named {@code name} (lower-case letters). */
	public static String hole(String name) {
		return "lectern" + SECRET + name + "_";
	}

	/**
	 * Cuts the rendered markup at its holes.
	 *
	 * @param named the holes the markup must hold; one the template changed (by escaping it for a
	 *     URL, say) would be missing, and is refused here rather than shown to no one
	 */
	public static SlotMarkup of(String rendered, Set<String> named) {
		List<String> segments = new ArrayList<>();
		List<String> holes = new ArrayList<>();
		Matcher hole = HOLE.matcher(rendered);
		int from = 0;
		while (hole.find()) {
			segments.add(rendered.substring(from, hole.start()));
			holes.add(hole.group(1));
			from = hole.end();
		}
		segments.add(rendered.substring(from));
		if (!holes.containsAll(named) || !named.containsAll(holes)) {
			throw new IllegalStateException("The markup holds the holes " + holes + ", not " + named);
		}
		return new SlotMarkup(segments, holes);
	}

	/** The markup with each hole filled with its value, escaped for HTML. */
	public String fill(Map<String, String> values) {
		StringBuilder markup = new StringBuilder(length + 64 * holes.size());
		for (int i = 0; i < segments.size(); i++) {
			markup.append(segments.get(i));
			if (i < holes.size()) {
				markup.append(HtmlUtils.htmlEscape(Objects.requireNonNull(values.get(holes.get(i)), holes.get(i)), "UTF-8"));
			}
		}
		return markup.toString();
	}
}
