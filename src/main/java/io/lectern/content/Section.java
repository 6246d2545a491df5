package io.lectern.content;

import java.util.ArrayList;
import java.util.List;

/**
 * A titled group of lessons within a course. A course without sections has one untitled section.
 * Besides lessons, a section may list links to outside pages where its table of contents put them,
 * and sub-sections of its own, to any depth, as mystmd's {@code children} and Jupyter Book's nested
 * {@code sections} have them.
 *
 * @param page the lesson that opens the section when its table of contents gave it one (a
 *     {@code file} with {@code children}); the section's title is then that lesson's title in
 *     navigation, unless the table of contents titled it
 * @param items lessons, outside links and sub-sections, in navigation order
 */
public record Section(String title, Lesson page, List<? extends OutlineItem> items) implements OutlineItem {

	public Section {
		items = List.copyOf(items);
	}

	public Section(String title, List<? extends OutlineItem> items) {
		this(title, null, items);
	}

	/** The section's lessons in reading order, its page first and its sub-sections' lessons in place, without outside links. */
	public List<Lesson> lessons() {
		List<Lesson> lessons = new ArrayList<>();
		if (page != null) {
			lessons.add(page);
		}
		for (OutlineItem item : items) {
			if (item instanceof Lesson lesson) {
				lessons.add(lesson);
			}
			else if (item instanceof Section section) {
				lessons.addAll(section.lessons());
			}
		}
		return List.copyOf(lessons);
	}

	/** What a list of this section shows: its page first, when it has one, then its items. */
	public List<OutlineItem> outline() {
		List<OutlineItem> outline = new ArrayList<>();
		if (page != null) {
			outline.add(page);
		}
		outline.addAll(items);
		return List.copyOf(outline);
	}

	public boolean titled() {
		return title != null && !title.isBlank();
	}

	@Override
	public String url() {
		return page == null ? null : page.url();
	}

	@Override
	public boolean nested() {
		return true;
	}

	/**
	 * The sections from this one down to the innermost that lists the lesson (or opens with it), for
	 * a breadcrumb trail; empty when the lesson is not in this section.
	 */
	public List<Section> trailTo(Lesson lesson) {
		for (OutlineItem item : items) {
			if (item instanceof Section section) {
				List<Section> below = section.trailTo(lesson);
				if (!below.isEmpty()) {
					List<Section> trail = new ArrayList<>(List.of(this));
					trail.addAll(below);
					return List.copyOf(trail);
				}
			}
		}
		return lesson.equals(page) || items.contains(lesson) ? List.of(this) : List.of();
	}
}
