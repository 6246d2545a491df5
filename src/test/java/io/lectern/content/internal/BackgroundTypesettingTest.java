package io.lectern.content.internal;

import io.lectern.content.AfterFirstPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.authoring.ProblemBoard;
import io.lectern.content.ContentFolder;
import io.lectern.content.Lesson;
import io.lectern.content.internal.load.CatalogLoader;
import io.lectern.content.internal.load.LoadResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal's formulas, typeset once it is up: every lesson completed, a broken formula on the problems page. */
class BackgroundTypesettingTest {

	@TempDir
	Path root;

	@Test
	void completesEveryLessonAfterStartUpAndListsABrokenFormulaWithItsLesson() {
		ProblemBoard board = new ProblemBoard();
		BackgroundTypesetting typesetting = new BackgroundTypesetting(board, new AfterFirstPage(Duration.ZERO));
		LoadResult result = new ContentFolder(root).file("course.yml", "title: Algebra\nlessons:\n  - one.md\n  - two.md\n")
			.lesson("one.md", "Squares", "Good: $x^2$.\n")
			.lesson("two.md", "Fractions", "Bad: $\\frac{1}{$.\n")
			.load(new CatalogLoader().typesettingLater(typesetting::report));
		List<Lesson> lessons = result.catalog().courses().get(0).lessons();

		typesetting.loaded(result.catalog());
		assertThat(lessons).noneMatch(lesson -> lesson.body().isComplete());
		typesetting.start();

		await().atMost(Duration.ofMinutes(2)).until(() -> lessons.stream().allMatch(lesson -> lesson.body().isComplete()));
		assertThat(board.all()).singleElement().satisfies(listed -> {
			assertThat(listed.problem().file()).isEqualTo("two.md");
			assertThat(listed.problem().message()).startsWith("Formula does not parse");
			assertThat(listed.outcome()).isEqualTo(ProblemBoard.Outcome.SHOWN);
			assertThat(listed.affects()).hasValueSatisfying(affected -> assertThat(affected.title()).isEqualTo("Fractions"));
		});
	}
}
