package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.QuizId;
import io.lectern.content.internal.load.LoadResult;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code certificate:} in a course.yml becomes, and how a value that cannot be read is reported. */
class CertificateRulesTest {

	@TempDir
	Path dir;

	private LoadResult course(String certificateLines) {
		return new ContentFolder(dir).file("c/course.yml", "title: Keys\nslug: keys\n" + certificateLines + "lessons:\n  - a.md\n")
			.lesson("c/a.md", "A", "Text.")
			.load();
	}

	private static CertificateRule ruleOf(LoadResult result) {
		return result.catalog().course(CourseSlug.of("keys")).orElseThrow().certificate();
	}

	@Test
	void aCourseAwardsNoCertificateUnlessItSaysSo() {
		assertThat(ruleOf(course(""))).isEqualTo(CertificateRule.NONE);
		assertThat(ruleOf(course("certificate: false\n"))).isEqualTo(CertificateRule.NONE);
	}

	@Test
	void trueAwardsItOnCompletingTheCourse() {
		CertificateRule rule = ruleOf(course("certificate: true\n"));

		assertThat(rule.onCompletion()).isTrue();
		assertThat(rule.inWords()).isEqualTo("Complete every lesson and quiz of the course.");
	}

	@Test
	void rulesNameTheQuizzesAndTheScoreTheyTake() {
		LoadResult result = course("certificate:\n  requires: [final-exam]\n  min_percent: 80\n");
		CertificateRule rule = ruleOf(result);

		assertThat(result.problems()).isEmpty();
		assertThat(rule.onCompletion()).isFalse();
		assertThat(rule.requiredQuizzes()).containsExactly(QuizId.of("final-exam"));
		assertThat(rule.minPercent()).isEqualTo(OptionalInt.of(80));
		assertThat(rule.met(79.9, true)).isFalse();
		assertThat(rule.met(80, false)).isTrue();
		assertThat(rule.inWords()).isEqualTo("Score at least 80% on the quiz final-exam.");
	}

	@Test
	void withoutMinPercentEachRequiredQuizMustBePassed() {
		CertificateRule rule = ruleOf(course("certificate:\n  requires: [one, two]\n"));

		assertThat(rule.met(40, true)).isTrue();
		assertThat(rule.met(99, false)).isFalse();
		assertThat(rule.inWords()).isEqualTo("Pass each of the quizzes one, two.");
	}

	@Test
	void aValueItCannotReadIsAnErrorAtItsLineAndAwardsNothing() {
		LoadResult result = course("certificate: maybe\n");

		assertThat(result.problems()).extracting(ContentProblem::toString)
			.singleElement()
			.satisfies(problem -> assertThat(problem).startsWith("c/course.yml:3: error: \"certificate\" must be true, false, or rules"));
		assertThat(ruleOf(result)).isEqualTo(CertificateRule.NONE);
	}

	@Test
	void aScoreOutOfRangeAnUnknownRuleAndAScoreWithoutQuizzesAreErrors() {
		assertThat(course("certificate:\n  requires: [exam]\n  min_percent: 120\n").problems()).extracting(ContentProblem::toString)
			.singleElement()
			.satisfies(problem -> assertThat(problem).startsWith("c/course.yml:5: error: \"min_percent\" must be a whole number from 0 to 100"));
		assertThat(course("certificate:\n  require: [exam]\n").problems()).extracting(ContentProblem::toString)
			.anySatisfy(problem -> assertThat(problem).startsWith("c/course.yml:4: error: Unknown key \"require\""));
		assertThat(course("certificate:\n  min_percent: 50\n").problems()).extracting(ContentProblem::toString)
			.singleElement()
			.satisfies(problem -> assertThat(problem).contains("\"min_percent\" applies to the quizzes under \"requires\""));
	}

	@Test
	void theVersionFollowsTheLessonsText() {
		String before = course("certificate: true\n").catalog().course(CourseSlug.of("keys")).orElseThrow().version();
		new ContentFolder(dir).lesson("c/a.md", "A", "Text, edited.");
		String after = new ContentFolder(dir).load().catalog().course(CourseSlug.of("keys")).orElseThrow().version();

		assertThat(before).hasSize(12).isNotEqualTo(after);
	}
}
