package io.lectern.content.internal.load;

import java.util.Optional;
import java.util.function.Function;

/**
 * The files a page {@code include}s, read before any page is rendered: counting where a page's
 * figures and equations end, for the page after it that continues them, must see the blocks that
 * reach the page only through an include, as its rendered page shows them. Read quietly, by the
 * same rules as the page's own rendering (relative to the page, inside its course folder), which
 * reports the files that are missing or outside.
 */
final class IncludedFiles {

	private final ContentTree tree;
	private final LinkIndex index;

	IncludedFiles(ContentTree tree, LinkIndex index) {
		this.tree = tree;
		this.index = index;
	}

	/** @return what the page at {@code pagePath} includes, by the path written in its {@code include} */
	Function<String, Optional<String>> of(CoursePlan course, String pagePath) {
		String courseRoot = course.dir().isEmpty() ? "" : course.dir() + "/";
		return written -> Optional.of(written)
			.filter(LinkTarget::isRelative)
			.flatMap(relative -> LinkTarget.inContentFolder(CoursePlanner.dirOf(pagePath), LinkTarget.parse(relative).path()))
			.filter(path -> index.exists(path) && path.startsWith(courseRoot))
			.map(path -> ContentFiles.text(tree, path));
	}
}
