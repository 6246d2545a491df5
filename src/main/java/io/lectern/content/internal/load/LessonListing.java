package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.content.internal.Slugs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads the lesson files a course's plan lists, in reading order, and gives each its address: the
 * lessons go into the {@link LinkIndex} with their old addresses, and the digest of each file's
 * text is kept, for {@link RenderReuse} to know a lesson whose file did not change.
 */
final class LessonListing {

	private final ContentTree tree;
	private final LinkIndex index;
	private final Problems problems;
	private final KeptReads reads;
	private final Map<String, String> sourceDigests = new HashMap<>();
	private final Set<String> parsed = new TreeSet<>();

	/** @param reads the files read by earlier loads, taken as they were read when their text is the same */
	LessonListing(ContentTree tree, LinkIndex index, Problems problems, KeptReads reads) {
		this.tree = tree;
		this.index = index;
		this.problems = problems;
		this.reads = reads;
	}

	/** The digest of the text of each lesson file read so far, by path. */
	Map<String, String> sourceDigests() {
		return sourceDigests;
	}

	/** The lesson files whose text was parsed, its front matter read, because it changed or was new. */
	Set<String> parsed() {
		return parsed;
	}

	List<LessonSource> read(CoursePlan plan) {
		Map<String, String> pathBySlug = new HashMap<>();
		List<LessonSource> lessons = new ArrayList<>();
		Stream<CoursePlan.Entry> entries = Stream.concat(plan.sections().stream().flatMap(part -> part.lessons().stream()),
				plan.unlisted().stream());
		entries.forEach(entry -> {
			if (index.lessonAt(entry.path()).isPresent()) {
				problems.error(entry.listedIn(), entry.line(), "problem.course.listedTwice", entry.path());
				return;
			}
			String text = ContentFiles.text(tree, entry.path());
			String digest = ContentDigest.of(text);
			sourceDigests.put(entry.path(), digest);
			if (!reads.holds(entry.path(), digest)) {
				parsed.add(entry.path());
			}
			Optional<LessonSource> read = reads.lesson(entry.path(), text, digest, problems);
			read.map(source -> unique(source, plan, pathBySlug).listedAs(entry)).ifPresent(source -> {
				String other = pathBySlug.putIfAbsent(source.slug(), source.path());
				if (other != null) {
					problems.error(source.path(), 1, "problem.lesson.slugTaken", source.slug(), other);
					return;
				}
				String url = "/courses/" + plan.slug() + "/" + source.slug();
				index.addLesson(source.path(), url);
				source.outputFiles().forEach(index::addOutputFile);
				// Two courses may both claim an old address (a book and the template it was made from): the
				// first in folder order keeps it.
				Stream.concat(source.oldPaths().stream(), entry.oldPaths().stream())
					.flatMap(oldPath -> plan.oldAddresses(oldPath).stream())
					.distinct()
					.forEach(oldPath -> index.addOldPath(oldPath, url, source.path())
					.ifPresent(taken -> problems.warning(source.path(), 1,
							"problem.lesson.redirectTaken", oldPath, taken)));
				lessons.add(source);
			});
		});
		return lessons;
	}

	/**
	 * Books keep an {@code index.md} in many folders: a page whose slug is only its file name, already
	 * taken in the course, takes its path in the course instead ({@code parts/index} becomes
	 * {@code parts-index}). A permalink the author chose is left as it is.
	 */
	private static LessonSource unique(LessonSource source, CoursePlan plan, Map<String, String> pathBySlug) {
		String path = source.path();
		String fileName = path.substring(path.lastIndexOf('/') + 1);
		boolean named = source.slug().equals(Slugs.slugify(Slugs.withoutExtension(fileName)));
		if (!pathBySlug.containsKey(source.slug()) || !named) {
			return source;
		}
		String relative = plan.dir().isEmpty() ? path : path.substring(plan.dir().length() + 1);
		return source.withSlug(Slugs.slugify(Slugs.withoutExtension(relative)));
	}
}
