package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.content.Bibliography;
import io.lectern.content.internal.render.RenderedLesson;
import io.lectern.content.internal.render.myst.CrossReferences;
import io.lectern.content.internal.render.myst.Labels;
import io.lectern.content.internal.render.myst.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
	/** The entries some lesson of the course cites, by key. */
	private final Map<String, Bibliography.Entry> cited = new HashMap<>();

	/**
	 * @param lessons the course's lessons that are built, in reading order
	 * @param urlByPath their URLs
	 * @param pageNumbers the number each page takes from its place in the course, by path
	 * @param bibliography the entries the course's citations can name
	 * @param problems where a label used twice is reported
	 */
	CourseLabels(List<LessonSource> lessons, Map<String, String> urlByPath, Map<String, RenderedLesson> rendered,
			Map<String, PageNumbers.PageNumber> pageNumbers, Bibliography bibliography, Problems problems) {
		this.bibliography = bibliography;
		for (LessonSource source : lessons) {
			String url = urlByPath.get(source.path());
			titleByUrl.put(url, source.title());
			// A page a Jupyter Book's numbered table of contents numbers is listed with its number, as
			// Sphinx lists a numbered toctree and the course's navigation shows it.
			String number = Optional.ofNullable(pageNumbers.get(source.path()))
				.filter(page -> page.tocHeadingLevels().isPresent())
				.map(PageNumbers.PageNumber::number)
				.orElse("");
			String navigationTitle = source.details().navigationTitle(source.title());
			navigationTitleByUrl.put(url, number.isEmpty() ? navigationTitle : number + " " + navigationTitle);
			rendered.get(source.path()).references().citationKeys().forEach(key -> bibliography.find(key)
				.ifPresent(entry -> cited.putIfAbsent(entry.key(), entry)));
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

	/** A {@code {bibliography}}'s entries; an {@code @word} that is a label is no citation. */
	private List<Bibliography.Entry> listed(CrossReferences.Listed which) {
		Set<String> citedKeys = cited.keySet()
			.stream()
			.filter(key -> !byLabel.containsKey(Labels.normalize(key)))
			.collect(Collectors.toSet());
		return bibliography.entries().values().stream()
			.filter(entry -> switch (which) {
				case ALL -> true;
				case NOT_CITED -> !citedKeys.contains(entry.key());
				case CITED -> citedKeys.contains(entry.key());
			})
			.toList();
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

			@Override
			public List<Bibliography.Entry> bibliography(CrossReferences.Listed which) {
				return listed(which);
			}
		};
	}
}
