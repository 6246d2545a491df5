package io.lectern.quiz.internal;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.QuizId;
import io.lectern.quiz.AttemptHistory;
import io.lectern.quiz.grading.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attempts as other modules read them: a learner's whole history for their data export and
 * certificates, and a quiz's results for certificates awarded looking back. Read-only and apart from
 * {@link Attempts}, which changes attempts, so that no other module can reach a start or a submit.
 */
@Service
class RecordedAttempts implements AttemptHistory {

	private final AttemptRepository attempts;

	RecordedAttempts(AttemptRepository attempts) {
		this.attempts = attempts;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AttemptRecord> attemptsOf(LearnerId learner) {
		return attempts.findAllOfLearner(learner).stream().map(attempt -> {
			Map<String, Response> answers = new LinkedHashMap<>();
			attempt.questionIds().forEach(id -> attempt.answer(id).ifPresent(answer -> answers.put(id, answer)));
			return new AttemptRecord(attempt.quizId(), attempt.number(), attempt.state().name(), attempt.startedAt(),
					attempt.gradedAt(), attempt.percent(), attempt.passed(), attempt.questionIds(), answers,
					attempt.fractions());
		}).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Result> resultsAt(QuizId quizId) {
		return attempts.findGradedAt(quizId)
			.stream()
			.filter(attempt -> attempt.percent().isPresent())
			.map(attempt -> new Result(attempt.learner(), attempt.quizId(), attempt.percent().get(), attempt.passed(),
					attempt.gradedAt().orElseThrow()))
			.toList();
	}
}
