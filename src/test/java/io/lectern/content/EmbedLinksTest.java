package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mystmd embeds a labelled block elsewhere with {@code ![](#label)} or the {@code embed} directive;
 * Lectern links to the block instead of copying it, read as its number, never as a broken picture.
 */
class EmbedLinksTest {

	@TempDir
	Path dir;

	@Test
	void anImageOrEmbedDirectiveNamingALabelLinksToTheLabelledBlock() {
		Catalog catalog = new ContentFolder(dir).file("notes/course.yml", """
				title: Notes
				lessons: [stack.md, summary.md]
				""").lesson("notes/stack.md", "Stack", """
				```{figure} stack.png
				:name: fig-stack

				The layers.
				```
				""").bytes("notes/stack.png", new byte[] { (byte) 0x89, 'P', 'N', 'G' })
			.lesson("notes/summary.md", "Summary", """
				![](#fig-stack)

				```{embed} #fig-stack
				```

				![the layers](#fig-stack)
				""")
			.catalog();

		String html = catalog.lesson(CourseSlug.of("notes"), LessonSlug.of("summary")).orElseThrow().html();
		assertThat(html).containsSubsequence("<a href=\"/courses/notes/stack#fig-stack\" class=\"reference\">Figure 1</a>",
				"<a href=\"/courses/notes/stack#fig-stack\" class=\"reference\">Figure 1</a>",
				"<a href=\"/courses/notes/stack#fig-stack\" class=\"reference\">the layers</a>")
			.doesNotContain("<img");
	}
}
