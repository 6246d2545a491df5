package io.lectern.content.internal;

import io.lectern.content.AfterFirstPage;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.groups.Tuple.tuple;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.ProblemBoard;
import io.lectern.content.Catalog;
import io.lectern.content.ContentFolder;
import io.lectern.content.InvalidContentException;
import io.lectern.content.internal.math.Formulas;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class StrictLoadingTest {

	@TempDir
	Path dir;

	private final ContentConfiguration configuration = new ContentConfiguration(Path.of("target/data"));

	/** No git repository: the folder given is read. */
	private static final ObjectProvider<GitContent> NO_GIT = new StaticListableBeanFactory().getBeanProvider(GitContent.class);

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	private final ProblemBoard board = new ProblemBoard();

	@BeforeEach
	void aBrokenLessonALessonWithAWarningAndAGoodOne() {
		new ContentFolder(dir).lesson("notes/a-good.md", "Good", "Fine.")
			.file("notes/b-broken.md", "---\ntitle: [unclosed\n---\n")
			.lesson("notes/c-linking.md", "Linking", "See [x](gone.md).");
	}

	@Test
	void byDefaultThePortalStartsLeavesOutLessonsWithErrorsAndPostsEveryProblem() {
		Catalog catalog = configuration.catalog(new ContentProperties(dir.toString(), null), resolver, board, Formulas.uncached(), new BackgroundTypesetting(board, new AfterFirstPage(Duration.ZERO)), NO_GIT);

		assertThat(catalog.course(CourseSlug.of("notes")).orElseThrow().lessons()).extracting("title").containsExactly("Good", "Linking");
		assertThat(board.all()).extracting(listed -> listed.problem().level(), listed -> listed.outcome())
			.containsExactly(tuple(ContentProblem.Level.ERROR, ProblemBoard.Outcome.LEFT_OUT),
					tuple(ContentProblem.Level.WARNING, ProblemBoard.Outcome.SHOWN));
		assertThat(board.all().get(1).affects()).hasValueSatisfying(lesson -> {
			assertThat(lesson.title()).isEqualTo("Linking");
			assertThat(lesson.url()).isEqualTo("/courses/notes/c-linking");
		});
		assertThat(board.errors()).isEqualTo(1);
	}

	@Test
	void strictLoadingRefusesToStartOnAnyErrorOrWarningAndReportsEveryProblem() {
		InvalidContentException failure = assertThatExceptionOfType(InvalidContentException.class)
			.isThrownBy(() -> configuration.catalog(new ContentProperties(dir.toString(), true), resolver, board, Formulas.uncached(), new BackgroundTypesetting(board, new AfterFirstPage(Duration.ZERO)), NO_GIT))
			.actual();

		assertThat(failure.problems()).extracting(ContentProblem::file)
			.containsExactly("notes/b-broken.md", "notes/c-linking.md");
		FailureAnalysis analysis = new InvalidContentFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).contains("notes/b-broken.md:2: error: Invalid YAML")
			.contains("notes/c-linking.md:4: warning: Link to a lesson that does not exist: gone.md");
		assertThat(analysis.getAction()).contains("lectern.content.strict=true").contains("/authoring/problems");
	}

	@Test
	void aFolderWhoseErrorsLeaveNoLessonDoesNotStartEvenWhenLenient(@TempDir Path empty) {
		new ContentFolder(empty).file("notes/broken.md", "---\ntitle: [unclosed\n---\n");

		assertThatExceptionOfType(InvalidContentException.class)
			.isThrownBy(() -> configuration.catalog(new ContentProperties(empty.toString(), false), resolver, board, Formulas.uncached(), new BackgroundTypesetting(board, new AfterFirstPage(Duration.ZERO)), NO_GIT));
	}

	@Test
	void lenientIsTheDefaultAndTheBundledCourseLoadsCleanlyEvenWhenStrict() {
		assertThat(new ContentProperties("", null).strict()).isFalse();
		assertThat(configuration.catalog(new ContentProperties("", true), resolver, board, Formulas.uncached(), new BackgroundTypesetting(board, new AfterFirstPage(Duration.ZERO)), NO_GIT).lessonCount())
			.isGreaterThanOrEqualTo(2);
		assertThat(board.count()).isZero();
	}

	@Test
	void aContentFolderThatDoesNotExistIsNamedInTheError() {
		assertThatIllegalStateException()
			.isThrownBy(() -> configuration.catalog(new ContentProperties(dir.resolve("nope").toString(), true), resolver,
					board, Formulas.uncached(), new BackgroundTypesetting(board, new AfterFirstPage(Duration.ZERO)), NO_GIT))
			.withMessageContaining("nope")
			.withMessageContaining("LECTERN_CONTENT_DIR");
	}
}
