package io.lectern.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.lectern.content.Catalog;
import io.lectern.content.ContentFolder;
import io.lectern.authoring.ContentProblem;
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

	private final ContentConfiguration configuration = new ContentConfiguration();

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	@BeforeEach
	void twoBrokenLessonsAndAGoodOne() {
		new ContentFolder(dir).lesson("notes/a-good.md", "Good", "Fine.")
			.file("notes/b-untitled.md", "---\nsummary: none\n---\n")
			.lesson("notes/c-linking.md", "Linking", "See [x](gone.md).");
	}

	@Test
	void strictLoadingRefusesToStartAndReportsEveryProblem() {
		InvalidContentException failure = assertThatExceptionOfType(InvalidContentException.class)
			.isThrownBy(() -> configuration.catalog(new ContentProperties(dir.toString(), true), resolver, Formulas.uncached()))
			.actual();

		assertThat(failure.problems()).extracting(ContentProblem::file)
			.containsExactly("notes/b-untitled.md", "notes/c-linking.md");
		FailureAnalysis analysis = new InvalidContentFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).contains("notes/b-untitled.md:1: Missing \"title\"")
			.contains("notes/c-linking.md:4: Link to a lesson that does not exist: gone.md");
		assertThat(analysis.getAction()).contains("lectern.content.strict=false");
	}

	@Test
	void lenientLoadingSkipsBrokenLessons() {
		Catalog catalog = configuration.catalog(new ContentProperties(dir.toString(), false), resolver, Formulas.uncached());

		assertThat(catalog.course("notes").orElseThrow().lessons()).extracting("title").containsExactly("Good");
	}

	@Test
	void strictIsTheDefaultAndTheBundledCourseLoadsCleanly() {
		ContentProperties bundled = new ContentProperties("", null);

		assertThat(bundled.strict()).isTrue();
		assertThat(configuration.catalog(bundled, resolver, Formulas.uncached()).lessonCount()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aContentFolderThatDoesNotExistIsNamedInTheError() {
		assertThatIllegalStateException()
			.isThrownBy(() -> configuration.catalog(new ContentProperties(dir.resolve("nope").toString(), true), resolver, Formulas.uncached()))
			.withMessageContaining("nope")
			.withMessageContaining("LECTERN_CONTENT_DIR");
	}
}
