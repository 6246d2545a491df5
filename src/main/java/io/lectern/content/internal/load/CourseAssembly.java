package io.lectern.content.internal.load;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.Course;
import io.lectern.content.ExternalLink;
import io.lectern.content.Lesson;
import io.lectern.content.LessonBody;
import io.lectern.content.OutlineItem;
import io.lectern.content.Section;
import io.lectern.content.internal.render.RenderedLesson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds a {@link Course} from its plan and its rendered lessons: sections in the plan's order, each
 * lesson with its body, outline, number and neighbours. A lesson with an error is left out, or
 * served as its last good version.
 *
 * @param typesetLater where the warnings of formulas typeset when their lesson is first shown go,
 *     when the load leaves them for then
 */
record CourseAssembly(LinkIndex index, Map<String, PageNumbers.PageNumber> pageNumbers,
		Optional<Consumer<ContentProblem>> typesetLater) {

	/** @return the course, unless none of its lessons loaded */
	Optional<Course> course(CoursePlan plan, List<LessonSource> read, Map<String, RenderedLesson> rendered,
			Set<String> broken, Map<String, Lesson> lastGood) {
		Map<String, Lesson> lessons = new HashMap<>(lastGood);
		read.stream()
			.filter(source -> !broken.contains(source.path()))
			.forEach(source -> lessons.put(source.path(), lesson(plan, source, rendered.get(source.path()))));
		List<Section> sections = new ArrayList<>();
		plan.sections().forEach(part -> section(part, lessons).ifPresent(sections::add));
		List<Lesson> unlisted = plan.unlisted().stream().map(entry -> lessons.get(entry.path())).filter(Objects::nonNull)
			.toList();
		return sections.stream().allMatch(section -> section.lessons().isEmpty()) ? Optional.empty()
				: Optional.of(new Course(CourseSlug.of(plan.slug()), plan.title(), plan.summary(), sections, unlisted,
						plan.authors(), plan.numbering(), plan.bibliography(), plan.certificate(), CourseVersion.of(plan, read),
						plan.project().language(), read.stream().map(source -> rendered.get(source.path()))
							.anyMatch(page -> page != null && page.drewBlocks())));
	}

	/** The section a part of the plan becomes, with the lessons that loaded; none when nothing in it did. */
	private static Optional<Section> section(CoursePlan.Part part, Map<String, Lesson> lessons) {
		Lesson page = part.page() == null ? null : lessons.get(part.page().path());
		List<OutlineItem> items = new ArrayList<>();
		for (CoursePlan.Item item : part.items()) {
			if (item instanceof CoursePlan.Entry entry && lessons.containsKey(entry.path())) {
				items.add(lessons.get(entry.path()));
			}
			else if (item instanceof CoursePlan.Link link) {
				items.add(new ExternalLink(link.title(), link.url()));
			}
			else if (item instanceof CoursePlan.Part nested) {
				section(nested, lessons).ifPresent(items::add);
			}
		}
		if (items.isEmpty() && page == null) {
			return Optional.empty();
		}
		// A section opened by a page is a line of the navigation, named as the page is there.
		String title = part.title() != null || page == null ? part.title() : page.navigationTitle();
		return Optional.of(new Section(title, page, items));
	}

	private Lesson lesson(CoursePlan plan, LessonSource source, RenderedLesson page) {
		String number = Optional.ofNullable(pageNumbers.get(source.path())).map(PageNumbers.PageNumber::number).orElse("");
		return new Lesson(CourseSlug.of(plan.slug()), LessonSlug.of(source.slug()), source.title(), source.summary(),
				source.topics(), source.path(), body(source, page), page.headings(), page.readingMinutes(), source.oldPaths(),
				source.previousPage().flatMap(index::lessonKnownAs), source.nextPage().flatMap(index::lessonKnownAs),
				page.passages(), source.details().numbered(number));
	}

	private LessonBody body(LessonSource source, RenderedLesson page) {
		if (page.formulas().isEmpty()) {
			return LessonBody.of(page.html());
		}
		Consumer<ContentProblem> lateWarnings = typesetLater.orElseThrow();
		return LessonBody.completedLater(page.html(), () -> {
			RenderedLesson typeset = page.typeset();
			typeset.warnings()
				.stream()
				.skip(page.warnings().size())
				.forEach(warning -> lateWarnings.accept(ContentProblem.warning(source.path(),
						source.fileLine().applyAsInt(warning.line()), warning.key(), warning.argumentArray())));
			return typeset.html();
		});
	}
}
