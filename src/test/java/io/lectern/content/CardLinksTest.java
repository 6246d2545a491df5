package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.internal.load.LoadResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A card with a {@code :link:} and no title of its own, as mystmd's and sphinx-design's galleries
 * have them: the link reads as the title of the lesson it leads to, never as its path; a link to
 * another site reads as its address.
 */
class CardLinksTest {

	@TempDir
	Path dir;

	@Test
	void anUntitledCardLinkingToALessonIsTitledByThatLesson() {
		Catalog catalog = new ContentFolder(dir).file("iam/course.yml", """
				title: IAM
				slug: iam
				sections:
				  - title: Basics
				    lessons: [start.md, roles.md]
				""").lesson("iam/start.md", "Start", """
				::::{grid} 1 2 2 2
				:::{card}
				:link: ./roles.md
				Short-lived credentials.
				:::
				:::{card}
				:link: https://example.org/iam
				The service's own guide.
				:::
				::::
				""").lesson("iam/roles.md", "Roles", "Roles hand out keys.\n").catalog();

		String html = catalog.lesson(CourseSlug.of("iam"), LessonSlug.of("start")).orElseThrow().html();
		assertThat(html).contains("<p class=\"card-title\"><a href=\"/courses/iam/roles\" class=\"reference\">Roles</a></p>")
			.contains("<p class=\"card-title\"><a href=\"https://example.org/iam\">https://example.org/iam</a></p>")
			.doesNotContain("./roles.md");
	}

	@Test
	void aCardLinkingToNoLessonIsReportedAtItsOwnLine() {
		LoadResult result = new ContentFolder(dir).lesson("notes/start.md", "Start", """
				Intro.

				::::{grid} 1 2 2 2

				:::{card}
				:link: ./gone.md

				**Built for science**
				:::
				::::
				""").load();

		assertThat(result.problems()).extracting(ContentProblem::toString)
			.containsExactly("notes/start.md:8: warning: Link to a lesson that does not exist: ./gone.md");
	}
}
