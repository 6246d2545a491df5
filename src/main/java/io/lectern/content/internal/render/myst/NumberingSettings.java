package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.Labelled;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which kinds of block a page numbers, from its {@code numbering} front matter. As in mystmd,
 * figures, tables, equations, code blocks and exercises are numbered unless switched off; headings
 * are not (and Lectern does not number them: a section number such as 2.1 is not one count).
 */
public record NumberingSettings(Set<Labelled.Kind> off) {

	public static final NumberingSettings DEFAULT = new NumberingSettings(Set.of());

	public NumberingSettings {
		off = off.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(off));
	}

	public static NumberingSettings none() {
		return new NumberingSettings(EnumSet.allOf(Labelled.Kind.class));
	}

	public boolean numbers(Labelled.Kind kind) {
		return !off.contains(kind);
	}
}
