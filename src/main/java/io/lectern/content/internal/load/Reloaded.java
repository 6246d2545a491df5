package io.lectern.content.internal.load;

import java.util.List;
import java.util.Set;

/**
 * What a reload made.
 *
 * @param result the new catalog, and the problems found in the courses loaded again and outside every course
 * @param courseSlugs the courses loaded again, added or gone
 * @param keptDirs the folders of the courses kept as they were, whose earlier problems still stand
 * @param lastGood lesson files with an error whose last good version is still served
 * @param rendered lesson files rendered by this load; the other lessons of the courses loaded again
 *     reused the render of their unchanged inputs
 * @param parsed lesson files whose text this load parsed (front matter, a notebook's cells): those
 *     changed or new; the others were taken as an earlier load read them
 */
public record Reloaded(LoadResult result, List<String> courseSlugs, List<String> keptDirs, Set<String> lastGood,
		Set<String> rendered, Set<String> parsed) {

	/** Whether a problem in {@code file} was found when its course was last loaded, not now. */
	public boolean keeps(String file) {
		return keptDirs.stream().anyMatch(dir -> !dir.isEmpty() && file.startsWith(dir + "/"));
	}
}
