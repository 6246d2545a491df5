package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.content.Bibliography;
import io.lectern.content.internal.render.RenderedLesson;
import io.lectern.content.internal.render.myst.CrossReferences;
import io.lectern.content.internal.render.myst.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every label of one course, with the lesson it is in, so that a reference in any lesson reaches a
 * target in any other: MyST labels are unique across a project, not only within a page.
 */
final class CourseLabels {

	private record Placed(String url, String path, int line, Target target) {
	}

	private final Map<String, Placed> byLabel = new HashMap<>();
	/** Each page's own labels: a label defined on two pages leads, from either, to its own. */
	private final Map<String, Map<String, Placed>> byUrlAndLabel = new HashMap<>();
	private final Map<String, String> titleByUrl = new HashMap<>();
	private final Map<String, String> navigationTitleByUrl = new HashMap<>();
	private final Bibliography bibliography;

	/**
	 * @param lessons the course's lessons that are built, in reading order
	 * @param urlByPath their URLs
	 * @param bibliography the entries the course's citations can name
	 * @param problems where a label used twice is reported
	 */
	CourseLabels(List<LessonSource> lessons, Map<String, String> urlByPath, Map<String, RenderedLesson> rendered,
			Bibliography bibliography, Problems problems) {
		this.bibliography = bibliography;
		for (LessonSource source : lessons) {
			String url = urlByPath.get(source.path());
			titleByUrl.put(url, source.title());
			navigationTitleByUrl.put(url, source.details().navigationTitle(source.title()));
			for (Target target : rendered.get(source.path()).targets()) {
				int line = source.fileLine().applyAsInt(target.line());
				Placed placed = new Placed(url, source.path(), line, target);
				byUrlAndLabel.computeIfAbsent(url, page -> new HashMap<>()).putIfAbsent(target.label(), placed);
				Placed first = byLabel.putIfAbsent(target.label(), placed);
				if (first != null) {
					problems.warning(source.path(), line, "problem.label.taken", target.label(),
							first.path() + ":" + first.line());
				}
			}
		}
	}

	/**
	 * What the references of the lesson at {@code url} reach: links within it stay on the page, and
	 * a label the page defines itself comes before another page's, as mystmd resolves a page's own
	 * targets before the project's.
	 */
	CrossReferences.Lookup seenFrom(String url) {
		Map<String, Placed> own = byUrlAndLabel.getOrDefault(url, Map.of());
		return new CrossReferences.Lookup() {
			@Override
			public Optional<CrossReferences.Located> label(String label) {
				return Optional.ofNullable(own.getOrDefault(label, byLabel.get(label)))
					.map(placed -> new CrossReferences.Located(placed.url().equals(url) ? "" : placed.url(), placed.target()));
			}

			@Override
			public Optional<String> pageTitle(String page) {
				return Optional.ofNullable(titleByUrl.get(page));
			}

			@Override
			public Optional<String> navigationTitle(String page) {
				return Optional.ofNullable(navigationTitleByUrl.get(page));
			}

			@Override
			public Optional<Bibliography.Entry> citation(String key) {
				return bibliography.find(key);
			}
		};
	}
}
