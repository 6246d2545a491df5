package io.lectern.quiz.internal.web;

import io.lectern.accounts.LearnerId;
import io.lectern.accounts.LearnerIdentity;
import io.lectern.authoring.QuizId;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.Quizzes;
import io.lectern.quiz.grading.Response;
import io.lectern.quiz.internal.Attempt;
import io.lectern.quiz.internal.AttemptNotFound;
import io.lectern.quiz.internal.Attempts;
import io.lectern.quiz.internal.GradedAttempt;
import io.lectern.quiz.internal.Standing;
import io.lectern.quiz.internal.web.AttemptJson.Answers;
import io.lectern.quiz.internal.web.AttemptJson.InProgress;
import io.lectern.quiz.internal.web.AttemptJson.QuizInfo;
import io.lectern.quiz.internal.web.AttemptJson.Result;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The quiz API for other clients (a mobile app): the same attempts, rules and grading as the pages.
 * The learner is the session's, as on the pages, and every change needs the CSRF token
 * ({@code GET /api/csrf}) in a header.
 */
@RestController
@RequestMapping(path = "/api/quizzes", produces = "application/json")
class QuizApiController {

	private final Quizzes quizzes;
	private final Attempts attempts;
	private final LearnerIdentity learners;
	private final AttemptViews views;
	private final SubmitDesk desk;

	QuizApiController(Quizzes quizzes, Attempts attempts, LearnerIdentity learners, QuizTexts texts, SubmitDesk desk) {
		this.desk = desk;
		this.quizzes = quizzes;
		this.attempts = attempts;
		this.learners = learners;
		this.views = new AttemptViews(texts);
	}

	@GetMapping
	List<QuizInfo> listQuizzes(HttpServletRequest request) {
		return quizzes.all().stream().map(quiz -> info(quiz, request)).toList();
	}

	@GetMapping("/{quizId}")
	QuizInfo showQuiz(@PathVariable QuizId quizId, HttpServletRequest request) {
		return info(quiz(quizId), request);
	}

	/** Starts an attempt, or returns the one in progress (200) rather than using up another. */
	@PostMapping("/{quizId}/attempts")
	ResponseEntity<InProgress> startAttempt(@PathVariable QuizId quizId, HttpServletRequest request) {
		Quiz quiz = quiz(quizId);
		Attempts.Started started = attempts.start(quiz.id(), learner(request));
		Attempt attempt = started.attempt();
		InProgress body = views.inProgress(quiz, started.version(), attempt, attempts.now());
		return started.resumed() ? ResponseEntity.ok(body)
				: ResponseEntity.created(URI.create("/api" + QuizUrls.attempt(quiz, attempt))).body(body);
	}

	/** The attempt in progress, or its result once submitted. */
	@GetMapping("/{quizId}/attempts/{attemptId}")
	Object showAttempt(@PathVariable QuizId quizId, @PathVariable String attemptId, HttpServletRequest request) {
		Quiz quiz = quiz(quizId);
		Attempts.Opened opened = attempts.open(quiz.id(), attemptId, learner(request));
		Attempt attempt = opened.attempt();
		Optional<GradedAttempt> result = attempt.result(opened.version());
		return result.isPresent()
				? views.result(quiz, opened.version(), attempt, result.get(), opened.standing().orElseThrow().correctAnswersShown())
				: views.inProgress(quiz, opened.version(), attempt, attempts.now());
	}

	@PutMapping(path = "/{quizId}/attempts/{attemptId}/answers", consumes = "application/json")
	ResponseEntity<Void> saveAnswers(@PathVariable QuizId quizId, @PathVariable String attemptId,
			@RequestBody Answers answers, HttpServletRequest request) {
		Quiz quiz = quiz(quizId);
		attempts.save(quiz.id(), attemptId, learner(request), questions -> responses(answers, questions, quiz));
		return ResponseEntity.noContent().build();
	}

	/**
	 * Grades the attempt with its saved answers and any sent along; the client's own verdicts are
	 * never read. When grading is saturated: 503 with Retry-After, nothing changed; the same body
	 * sent again in the same session counts as of its first arrival.
	 */
	@PostMapping(path = "/{quizId}/attempts/{attemptId}/submission")
	Result submitAttempt(@PathVariable QuizId quizId, @PathVariable String attemptId,
			@RequestBody(required = false) Answers answers, HttpServletRequest request) {
		Quiz quiz = quiz(quizId);
		Attempts.Submitted submitted = desk.submit(request, quiz, attemptId, learner(request), sent(answers),
				questions -> answers == null ? Map.of() : responses(answers, questions, quiz));
		return views.result(quiz, submitted.version(), submitted.attempt(), submitted.result(),
				submitted.correctAnswersShown());
	}

	private QuizInfo info(Quiz quiz, HttpServletRequest request) {
		Standing standing = learners.current(request).map(learner -> attempts.standing(quiz, learner))
			.orElseGet(() -> Standing.none(quiz));
		return views.info(quiz, standing);
	}

	/** The answers as sent, before any question reads them: what a retried submission must repeat to keep its place. */
	private static Map<String, Response> sent(Answers answers) {
		Map<String, Response> sent = new LinkedHashMap<>();
		if (answers != null && answers.answers() != null) {
			answers.answers().forEach((questionId, answer) -> sent.put(questionId,
					answer == null ? new Response.Blank() : answer.toResponse(questionId)));
		}
		return sent;
	}

	/**
	 * Answers read as the attempt's own questions (the version it started with) define them.
	 *
	 * @throws InvalidAnswer for an answer to a question neither the attempt nor the quiz has; one the
	 *     quiz has but this attempt did not draw is refused by the attempt (409)
	 */
	private static Map<String, Response> responses(Answers answers, List<QuizQuestion> own, Quiz quiz) {
		Map<String, Response> responses = new LinkedHashMap<>();
		if (answers.answers() != null) {
			answers.answers().forEach((questionId, answer) -> {
				QuizQuestion question = own.stream()
					.filter(candidate -> candidate.question().info().id().equals(questionId))
					.findFirst()
					.or(() -> quiz.question(questionId))
					.orElseThrow(() -> new InvalidAnswer("refusal.answer.noSuchQuestion", questionId));
				responses.put(questionId,
						answer == null ? new Response.Blank() : AnswerRules.apply(question, answer.toResponse(questionId)));
			});
		}
		return responses;
	}

	private LearnerId learner(HttpServletRequest request) {
		return learners.current(request).orElseThrow(AttemptNotFound::new);
	}

	private Quiz quiz(QuizId quizId) {
		return quizzes.quiz(quizId).orElseThrow(QuizNotFound::new);
	}
}
