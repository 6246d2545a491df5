package io.lectern.quiz.internal.web;

import io.lectern.accounts.LearnerId;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.grading.Response;
import io.lectern.quiz.internal.Attempts;
import io.lectern.quiz.internal.SubmitGate;
import io.lectern.quiz.internal.SubmitReceipt;
import io.lectern.quiz.internal.SubmitsBusy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import io.lectern.quiz.QuizQuestion;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Where the pages and the API hand in a submit: through the {@link SubmitGate}, and, when the gate
 * turns a timed quiz's submit away, with a receipt left in the learner's session, so that the same
 * answers sent again count as of their first arrival, even once the time limit has passed.
 */
@Component
class SubmitDesk {

	/** The request attribute that tells the 503 page when the refused answers arrived. */
	static final String ARRIVED = SubmitDesk.class.getName() + ".arrived";

	private static final String RECEIPT = SubmitDesk.class.getName() + ".receipt.";

	private final SubmitGate gate;
	private final Attempts attempts;

	SubmitDesk(SubmitGate gate, Attempts attempts) {
		this.gate = gate;
		this.attempts = attempts;
	}

	/**
	 * @param sent the answers as sent, read without the attempt (it is not loaded before the gate)
	 * @param answersFor the answers to grade, given the attempt's question ids
	 * @throws SubmitsBusy when grading is saturated; nothing was changed
	 */
	Attempts.Submitted submit(HttpServletRequest request, Quiz quiz, String attemptId, LearnerId learner,
			Map<String, Response> sent, Function<List<QuizQuestion>, Map<String, Response>> answersFor) {
		Instant arrived = attempts.now();
		String fingerprint = SubmitReceipt.fingerprint(sent);
		HttpSession session = request.getSession(false);
		Optional<SubmitReceipt> earlier = Optional.ofNullable(session)
			.map(held -> held.getAttribute(RECEIPT + attemptId))
			.filter(SubmitReceipt.class::isInstance)
			.map(SubmitReceipt.class::cast)
			.filter(receipt -> receipt.covers(attemptId, fingerprint));
		try {
			Attempts.Submitted submitted = gate.through(() -> attempts.submit(quiz.id(), attemptId, learner, answersFor,
					earlier.map(SubmitReceipt::receivedAt)));
			if (session != null && session.getAttribute(RECEIPT + attemptId) != null) {
				session.removeAttribute(RECEIPT + attemptId);
			}
			return submitted;
		}
		catch (SubmitsBusy busy) {
			// Only a time limit makes the moment of arrival matter; other quizzes keep the session untouched.
			if (session != null && quiz.timeLimit().isPresent()) {
				SubmitReceipt receipt = earlier.orElseGet(() -> new SubmitReceipt(attemptId, arrived, fingerprint));
				session.setAttribute(RECEIPT + attemptId, receipt);
				request.setAttribute(ARRIVED, receipt.receivedAt());
			}
			throw busy;
		}
	}
}
