package io.lectern.content.internal.load;

import java.util.List;

/**
 * What a course should contain, as its {@code course.yml} or its folder says, before any lesson
 * file is read.
 *
 * @param dir the course folder relative to the content folder, {@code ""} for the content folder itself
 * @param sections lesson files in reading order, grouped into sections
 */
record CoursePlan(String dir, String slug, String title, String summary, List<Part> sections) {

	/** A section of the plan; the title is null for a course without sections. */
	record Part(String title, List<Entry> lessons) {
	}

	/**
	 * One lesson file of the plan.
	 *
	 * @param path file path relative to the content folder
	 * @param listedIn the file that named it and the line, for reporting a missing file
	 */
	record Entry(String path, String listedIn, int line) {
	}

	String pathOf(String relative) {
		return dir.isEmpty() ? relative : dir + "/" + relative;
	}
}
