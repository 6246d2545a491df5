package io.lectern.certificates.internal.issuing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.QuizId;
import io.lectern.content.Bibliography;
import io.lectern.content.CertificateRule;
import io.lectern.content.Course;
import io.lectern.content.Numbering;
import io.lectern.content.SampleCatalog;
import io.lectern.quiz.AttemptHistory;
import io.lectern.quiz.AttemptHistory.AttemptRecord;
import io.lectern.quiz.QuizAttemptGraded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A course whose certificate requires several quizzes awards it when the attempt just graded
 * leaves every one of them met, by itself or by an earlier attempt, and not before. Until quiz ids
 * were typed, an earlier attempt's quiz was compared with a string and never matched, so passing
 * the last of several required quizzes awarded nothing. Built without the shared test content,
 * whose courses other tests count.
 */
class SeveralRequiredQuizzesTest {

	private static final QuizId IAM = QuizId.of("iam-check");
	private static final QuizId KMS = QuizId.of("kms-check");
	private static final LearnerId ANA = LearnerId.of("ana");
	private static final Instant MORNING = Instant.parse("2026-03-02T09:00:00Z");

	private final List<AttemptRecord> anasAttempts = new ArrayList<>();
	private final CertificateIssuing issuing = mock(CertificateIssuing.class);
	private final Course course = courseRequiring(new CertificateRule(true, List.of(IAM, KMS), OptionalInt.empty(),
			"course.yml", 4));
	private final Awarding awarding = new Awarding(SampleCatalog.of(List.of(course), Map.of(), Map.of()), new History(),
			issuing);

	@Test
	void passingOneOfTwoRequiredQuizzesAwardsNothing() {
		graded(IAM, 90, true, MORNING);

		verify(issuing, never()).issue(any(), any(), any());
	}

	@Test
	void passingTheLastRequiredQuizAwardsTheCertificateDatedByThatAttempt() {
		graded(IAM, 90, true, MORNING);
		graded(KMS, 75, true, MORNING.plusSeconds(3600));

		verify(issuing).issue(ANA, course, MORNING.plusSeconds(3600));
		verifyNoMoreInteractions(issuing);
	}

	@Test
	void anEarlierAttemptAtTheOtherQuizCountsOnlyIfItPassed() {
		graded(IAM, 30, false, MORNING);
		graded(KMS, 75, true, MORNING.plusSeconds(3600));

		verify(issuing, never()).issue(any(), any(), any());

		graded(IAM, 85, true, MORNING.plusSeconds(7200));

		verify(issuing).issue(ANA, course, MORNING.plusSeconds(7200));
	}

	/**
	 * Announces a graded attempt of Ana's, which her history holds by then, as the quiz module's
	 * does when its event is delivered.
	 */
	private void graded(QuizId quiz, double percent, boolean passed, Instant at) {
		int number = anasAttempts.size() + 1;
		anasAttempts.add(new AttemptRecord(quiz, number, "SUBMITTED", at.minusSeconds(600), Optional.of(at),
				Optional.of(percent), passed, List.of(), Map.of(), Map.of()));
		awarding.on(new QuizAttemptGraded(UUID.randomUUID().toString(), quiz, ANA, number, percent, passed, at, List.of()));
	}

	private static Course courseRequiring(CertificateRule rule) {
		return new Course(CourseSlug.of("key-management"), "Key management", "", List.of(), List.of(), List.of(),
				Numbering.NONE, Bibliography.NONE, rule, "v1");
	}

	/** Ana's attempts, as the quiz module keeps them; nobody else has any. */
	private final class History implements AttemptHistory {

		@Override
		public List<AttemptRecord> attemptsOf(LearnerId learner) {
			return learner.equals(ANA) ? List.copyOf(anasAttempts) : List.of();
		}

		@Override
		public List<Result> resultsAt(QuizId quizId) {
			return List.of();
		}
	}
}
