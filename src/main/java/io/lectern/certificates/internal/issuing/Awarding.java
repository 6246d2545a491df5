package io.lectern.certificates.internal.issuing;

import io.lectern.content.Catalog;
import io.lectern.content.CertificateRule;
import io.lectern.content.Course;
import io.lectern.progress.CourseCompleted;
import io.lectern.quiz.AttemptHistory;
import io.lectern.quiz.AttemptHistory.AttemptRecord;
import io.lectern.quiz.QuizAttemptGraded;
import java.util.List;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Decides, from progress's and quiz's events, when a learner has earned a course's certificate:
 * a course that awards it on completion, when progress says the course is complete; a course
 * that requires quizzes, when a graded attempt leaves every one of them met by some attempt.
 *
 * <p>The listeners run after the commit, on their own threads, in no transaction: issuing opens its
 * own, and a listener holding a connection meanwhile would ask the pool for a second one. At the end
 * of an exam that a certificate requires, as many listeners as the pool has connections would each
 * hold one and wait for another. The event is kept until the listener is done, as for a module listener.
 */
@Component
class Awarding {

	private final Catalog catalog;
	private final AttemptHistory attempts;
	private final CertificateIssuing issuing;

	Awarding(Catalog catalog, AttemptHistory attempts, CertificateIssuing issuing) {
		this.catalog = catalog;
		this.attempts = attempts;
		this.issuing = issuing;
	}

	@Async
	@TransactionalEventListener
	void on(CourseCompleted completed) {
		catalog.course(completed.courseSlug())
			.filter(course -> course.certificate().onCompletion())
			.ifPresent(course -> issuing.issue(completed.learner(), course, completed.completedAt()));
	}

	/**
	 * Heard only for a quiz some course's certificate requires (the condition): for any other, the
	 * event registry stores no publication for this listener, which spares every such submit a row
	 * and a transaction to mark it done.
	 */
	@Async
	@TransactionalEventListener(condition = "@awarding.requiredByACertificate(#root.args[0])")
	void on(QuizAttemptGraded graded) {
		List<Course> requiring = requiring(graded);
		if (requiring.isEmpty()) {
			// A publication stored before the condition, or before a reload changed the rules.
			return;
		}
		List<AttemptRecord> history = attempts.attemptsOf(graded.learner());
		for (Course course : requiring) {
			if (met(course.certificate(), graded, history)) {
				issuing.issue(graded.learner(), course, graded.gradedAt());
			}
		}
	}

	/** Whether any course's certificate requires the graded attempt's quiz: public, for the listener's condition. */
	public boolean requiredByACertificate(QuizAttemptGraded graded) {
		return !requiring(graded).isEmpty();
	}

	private List<Course> requiring(QuizAttemptGraded graded) {
		return catalog.courses().stream().filter(course -> course.certificate().requires(graded.quizId())).toList();
	}

	/** Every required quiz has an attempt that meets the rule: this one, or an earlier one. */
	private static boolean met(CertificateRule rule, QuizAttemptGraded graded, List<AttemptRecord> history) {
		return rule.requiredQuizzes().stream().allMatch(quiz -> (quiz.equals(graded.quizId())
				&& rule.met(graded.percent(), graded.passed()))
				|| history.stream().anyMatch(attempt -> attempt.quizId().equals(quiz) && attempt.gradedAt().isPresent()
						&& rule.met(attempt.percent().orElse(0.0), attempt.passed())));
	}
}
