package io.lectern.progress.internal.standing;

import io.lectern.quiz.GradedAttemptRecorder;
import io.lectern.quiz.QuizAttemptGraded;
import org.springframework.stereotype.Component;

/**
 * Progress's part in a submit: the quiz module hands each graded attempt to {@link Standings} in
 * the submit's own transaction, so that the score, the questions' results and the standing are
 * committed with the attempt, and no event publication, thread or transaction follows the commit.
 */
@Component
class SubmitRecorder implements GradedAttemptRecorder {

	private final Standings standings;

	SubmitRecorder(Standings standings) {
		this.standings = standings;
	}

	@Override
	public void record(QuizAttemptGraded graded) {
		standings.record(graded);
	}
}
