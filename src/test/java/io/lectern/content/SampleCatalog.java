package io.lectern.content;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.authoring.Problems;
import io.lectern.diagrams.Diagrams;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A small catalog built in memory, for web tests that need courses without a content folder. */
public final class SampleCatalog {

	public static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private SampleCatalog() {
	}

	/** A catalog of these courses only: no data files, and the diagrams Lectern bundles. */
	public static Catalog of(List<Course> courses, Map<String, String> redirects, Map<String, MediaFile> media) {
		return new Catalog(courses, redirects, media, List.of(), Diagrams.load(new TreeMap<>(), new Problems()));
	}

	public static Catalog create() {
		Lesson shared = lesson("shared-responsibility", "Shared responsibility", "Who secures what.",
				"<h2 id=\"of-and-in\">Of and in <a href=\"#of-and-in\" class=\"heading-anchor\">#</a></h2><p>AWS secures the cloud.</p>",
				List.of(new Heading(2, "of-and-in", "Of and in")), List.of("/lessons/old-shared"));
		Lesson iam = lesson("least-privilege", "Least privilege", "", "<p>Grant only what is needed.</p>", List.of(),
				List.of());
		Lesson plainRoot = lesson("root-user", "The root user", "Lock it away.", "<p>Use MFA.</p>", List.of(), List.of());
		// Written as a MyST page: a short title for navigation, a subtitle and a byline.
		Lesson root = new Lesson(plainRoot.courseSlug(), plainRoot.slug(), plainRoot.title(), plainRoot.summary(),
				plainRoot.topics(), plainRoot.source(), plainRoot.body(), plainRoot.headings(), plainRoot.readingMinutes(),
				plainRoot.redirectFrom(), Optional.empty(), Optional.empty(), List.of(),
				new LessonDetails(Optional.of("The account above all accounts"), Optional.of("Root"), List.of("Ada Lovelace",
						"Grace Hopper"), Optional.of("2024-03-01")));
		Course course = new Course(CourseSlug.of("cloud-security"), "Cloud Security", "Security of and in the cloud.",
				List.of(new Section("Foundations", List.of(shared)), new Section("Identity", List.of(iam, root))));
		return of(List.of(course), Map.of("/lessons/old-shared", shared.url()),
				Map.of("/courses/cloud-security/media/img/stack.png",
						new MediaFile("image/png", PNG, "\"png-etag\""),
						"/courses/cloud-security/media/data/keys.csv",
						new MediaFile("text/csv", "a,b\n".getBytes(StandardCharsets.UTF_8), "\"csv-etag\"")));
	}

	private static Lesson lesson(String slug, String title, String summary, String html, List<Heading> headings,
			List<String> redirectFrom) {
		return new Lesson(CourseSlug.of("cloud-security"), LessonSlug.of(slug), title, summary, List.of("iam"), "cloud-security/" + slug + ".md", html,
				headings, 4, redirectFrom);
	}
}
