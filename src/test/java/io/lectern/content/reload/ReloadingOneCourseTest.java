package io.lectern.content.reload;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.Catalog;
import io.lectern.content.ContentFolder;
import io.lectern.content.internal.load.CatalogLoader;
import io.lectern.content.internal.load.DirectoryTree;
import io.lectern.content.internal.load.Reloaded;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the loader makes of a change to one course of a folder, without a portal around it. */
class ReloadingOneCourseTest {

	@TempDir
	Path dir;

	ContentFolder folder;

	Catalog served;

	@BeforeEach
	void loadTwoCourses() {
		folder = new ContentFolder(dir).lesson("alpha/01-one.md", "One", "Alpha's first lesson.")
			.lesson("alpha/02-two.md", "Two", "Alpha's second lesson.")
			.lesson("beta/01-one.md", "One of beta", "Beta's only lesson.");
		served = folder.catalog();
	}

	private Reloaded reload(String... changed) {
		return new CatalogLoader().reload(new DirectoryTree(dir), served, List.of(changed));
	}

	@Test
	void theCourseThatDidNotChangeIsKeptAsItWasServed() {
		folder.lesson("alpha/01-one.md", "One", "Alpha's first lesson, edited.");

		Reloaded reloaded = reload("alpha/01-one.md");

		Catalog catalog = reloaded.result().catalog();
		assertThat(reloaded.courseSlugs()).containsExactly("alpha");
		assertThat(catalog.course(CourseSlug.of("beta"))).containsSame(served.course(CourseSlug.of("beta")).orElseThrow());
		assertThat(catalog.lesson(CourseSlug.of("alpha"), LessonSlug.of("01-one")).orElseThrow().html()).contains("Alpha's first lesson, edited.");
	}

	@Test
	void aFileOutsideEveryCourseReloadsThemAll() {
		folder.file("notes.yml", "anything: at the top\n");

		assertThat(reload("notes.yml").courseSlugs()).containsExactly("alpha", "beta");
	}

	@Test
	void aLessonWithANewErrorKeepsItsLastGoodVersion() {
		folder.file("alpha/02-two.md", "---\ntitle: [never closed\n---\nBroken.\n");

		Reloaded reloaded = reload("alpha/02-two.md");

		assertThat(reloaded.result().catalog().lesson(CourseSlug.of("alpha"), LessonSlug.of("02-two"))).containsSame(served.lesson(CourseSlug.of("alpha"), LessonSlug.of("02-two")).orElseThrow());
		assertThat(reloaded.lastGood()).containsExactly("alpha/02-two.md");
		assertThat(reloaded.result().problems()).extracting(ContentProblem::file).containsExactly("alpha/02-two.md");
	}

	@Test
	void aDeletedLessonIsGoneEvenThoughItsCourseListedIt() throws IOException {
		Files.delete(dir.resolve("alpha/02-two.md"));

		Reloaded reloaded = reload("alpha/02-two.md");

		assertThat(reloaded.result().catalog().lesson(CourseSlug.of("alpha"), LessonSlug.of("02-two"))).isEmpty();
		assertThat(reloaded.lastGood()).isEmpty();
	}

	@Test
	void aRemovedCourseIsAmongTheReloadedOnes() throws IOException {
		Files.delete(dir.resolve("beta/01-one.md"));
		Files.delete(dir.resolve("beta"));

		Reloaded reloaded = reload("beta/");

		assertThat(reloaded.courseSlugs()).containsExactly("beta");
		assertThat(reloaded.result().catalog().course(CourseSlug.of("beta"))).isEmpty();
		assertThat(reloaded.result().catalog().course(CourseSlug.of("alpha"))).containsSame(served.course(CourseSlug.of("alpha")).orElseThrow());
	}
}
