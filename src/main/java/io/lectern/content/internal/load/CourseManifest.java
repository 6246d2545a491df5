package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.authoring.YamlMap;
import io.lectern.content.CourseLanguage;
import io.lectern.content.internal.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a course's {@code course.yml}: its slug, title and summary, and its lessons listed flat
 * ({@code lessons}) or in titled {@code sections}. Apart from {@link CoursePlanner}, which decides
 * which folder is which kind of course, because the manifest is Lectern's own format and its rules
 * and messages are the author's to read, not the planner's.
 */
final class CourseManifest {

	private final ContentTree tree;
	private final Set<String> paths;
	private final Problems problems;

	/** @param paths every path of the content folder, to check that each listed lesson exists */
	CourseManifest(ContentTree tree, Set<String> paths, Problems problems) {
		this.tree = tree;
		this.paths = paths;
		this.problems = problems;
	}

	/** @param folderName what names the course when the manifest does not */
	Optional<CoursePlan> read(String dir, String folderName) {
		String manifest = dir.isEmpty() ? CoursePlanner.MANIFEST : dir + "/" + CoursePlanner.MANIFEST;
		Optional<YamlMap> parsed = YamlMap.parse(ContentFiles.text(tree, manifest), manifest, 1, problems);
		if (parsed.isEmpty()) {
			return Optional.empty();
		}
		YamlMap yaml = parsed.get();
		String slug = yaml.string("slug").orElse(Slugs.slugify(folderName));
		if (!slug.equals(Slugs.slugify(slug))) {
			problems.error(manifest, yaml.line("slug"), "problem.course.slug", slug, Slugs.slugify(slug));
		}
		CoursePlan draft = new CoursePlan(dir, Slugs.slugify(slug), yaml.string("title").orElse(Slugs.titleFromName(folderName)),
				yaml.string("summary").orElse(""), List.of(), ProjectSettings.of(ProjectFormat.COURSE));
		List<CoursePlan.Part> parts = new ArrayList<>();
		if (yaml.has("lessons") && yaml.has("sections")) {
			problems.error(manifest, yaml.line("sections"), "problem.course.lessonsAndSections");
		}
		else if (yaml.has("sections")) {
			for (Node item : yaml.list("sections")) {
				yaml.asMap(item, "sections")
					.ifPresent(section -> parts.add(new CoursePlan.Part(section.string("title").orElse(null),
							entries(draft, section, manifest))));
			}
		}
		else if (yaml.has("lessons")) {
			parts.add(new CoursePlan.Part(null, entries(draft, yaml, manifest)));
		}
		else {
			problems.error(manifest, 1, "problem.course.noLessons");
		}
		ProjectSettings project = ProjectSettings.of(ProjectFormat.COURSE)
			.in(LanguageSetting.read(yaml).orElse(CourseLanguage.ENGLISH));
		return Optional.of(new CoursePlan(dir, draft.slug(), draft.title(), draft.summary(), parts, project)
			.withCertificate(CertificateRules.read(yaml)));
	}

	private List<CoursePlan.Entry> entries(CoursePlan course, YamlMap holder, String manifest) {
		List<CoursePlan.Entry> entries = new ArrayList<>();
		for (Node item : holder.list("lessons")) {
			int line = holder.lineOf(item);
			holder.scalar(item, "lessons").ifPresent(file -> {
				String path = course.pathOf(file.replaceFirst("^\\./", ""));
				if (!CoursePlanner.isLessonFile(path)) {
					problems.error(manifest, line, "problem.course.notMarkdown", file);
				}
				else if (!paths.contains(path)) {
					problems.error(manifest, line, "problem.course.noSuchLesson", file);
				}
				else {
					entries.add(new CoursePlan.Entry(path, manifest, line));
				}
			});
		}
		return entries;
	}
}
