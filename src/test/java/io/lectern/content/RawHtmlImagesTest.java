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
 * An image that raw HTML shows from the course's own files is served and checked as a Markdown
 * image is, as mystmd turns every HTML {@code <img>} into an image and Jupyter Book's
 * {@code html_image} does: Project Pythia's cookbooks open with {@code <img src="thumbnail.png">}.
 */
class RawHtmlImagesTest {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G' };

	@TempDir
	Path dir;

	@Test
	void aLocalImageInRawHtmlIsServedFromTheCourseAndAMissingOneIsReported() {
		LoadResult result = new ContentFolder(dir).bytes("cookbook/thumbnail.png", PNG)
			.bytes("cookbook/images/logo.png", PNG)
			.file("cookbook/readme.md", """
					# Cookbook

					<img src="thumbnail.png" alt="Thumbnail" width="250"/>

					A logo <img src='images/logo.png' alt="logo"> inline, one <img src="missing.png"> gone, and one
					from elsewhere <img src="https://example.org/x.png" alt="remote">.
					""")
			.load();

		String html = result.catalog().lesson(CourseSlug.of("cookbook"), LessonSlug.of("readme")).orElseThrow().html();
		assertThat(html).contains("<img src=\"/courses/cookbook/media/thumbnail.png\" alt=\"Thumbnail\" width=\"250\" />")
			.contains("<img src=\"/courses/cookbook/media/images/logo.png\" alt=\"logo\" />")
			.doesNotContain("src=\"https://example.org");
		assertThat(result.problems()).extracting(ContentProblem::toString)
			.containsExactly("cookbook/readme.md:5: warning: Image not found: missing.png");
	}
}
