package io.lectern.content;

import java.util.Map;
import java.util.Optional;

/**
 * What a course's project file asks to be numbered: mystmd's {@code project.numbering} ({@code true},
 * {@code false}, or kinds such as {@code figure}, {@code equation}, {@code headings},
 * {@code heading_2}) and Jupyter Book's {@code numbered} (the table of contents' pages, to a depth).
 * Kept as written, so that rendering can honour it; absent keys leave each kind to its default.
 *
 * @param all {@code numbering: true} or {@code false}, or {@code all:} among the kinds
 * @param kinds each kind the project names, enabled or not
 * @param pageDepth how deep the pages of the table of contents are numbered: 0 not at all, and
 *     {@link Integer#MAX_VALUE} at every depth ({@code numbered: true})
 */
public record Numbering(Optional<Boolean> all, Map<String, Boolean> kinds, int pageDepth) {

	public static final Numbering NONE = new Numbering(Optional.empty(), Map.of(), 0);

	public Numbering {
		kinds = Map.copyOf(kinds);
	}

	/**
	 * Whether the project numbers a kind of block ({@code figure}, {@code heading_2}...), if it says:
	 * the kind itself, then {@code headings} for a heading level, then {@code all}.
	 */
	public Optional<Boolean> of(String kind) {
		Optional<Boolean> own = Optional.ofNullable(kinds.get(kind));
		if (own.isEmpty() && kind.startsWith("heading_")) {
			own = Optional.ofNullable(kinds.get("headings"));
		}
		return own.or(() -> Optional.ofNullable(kinds.get("all"))).or(() -> all);
	}
}
