package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.Labelled;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which kinds of block a page numbers, from its {@code numbering} front matter and its project's.
 * As in mystmd, figures, tables, equations, code blocks and exercises are numbered unless switched
 * off; headings are not (and Lectern does not number them: a section number such as 2.1 is not one
 * count).
 *
 * @param off the kinds switched off
 * @param on the kinds switched on in so many words, which a page may do where its project did not
 */
public record NumberingSettings(Set<Labelled.Kind> off, Set<Labelled.Kind> on) {

	public static final NumberingSettings DEFAULT = new NumberingSettings(Set.of());

	public NumberingSettings {
		off = copy(off);
		on = copy(on);
	}

	public NumberingSettings(Set<Labelled.Kind> off) {
		this(off, Set.of());
	}

	public static NumberingSettings none() {
		return new NumberingSettings(EnumSet.allOf(Labelled.Kind.class));
	}

	public static NumberingSettings all() {
		return new NumberingSettings(Set.of(), EnumSet.allOf(Labelled.Kind.class));
	}

	public boolean numbers(Labelled.Kind kind) {
		return !off.contains(kind);
	}

	/** These settings, a page's, over its project's: what the page says wins, the project's fills in the rest. */
	public NumberingSettings over(NumberingSettings project) {
		Set<Labelled.Kind> mergedOff = EnumSet.noneOf(Labelled.Kind.class);
		Set<Labelled.Kind> mergedOn = EnumSet.noneOf(Labelled.Kind.class);
		for (Labelled.Kind kind : Labelled.Kind.values()) {
			if (off.contains(kind) || (!on.contains(kind) && project.off.contains(kind))) {
				mergedOff.add(kind);
			}
			else if (on.contains(kind) || project.on.contains(kind)) {
				mergedOn.add(kind);
			}
		}
		return new NumberingSettings(mergedOff, mergedOn);
	}

	private static Set<Labelled.Kind> copy(Set<Labelled.Kind> kinds) {
		return kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
	}
}
