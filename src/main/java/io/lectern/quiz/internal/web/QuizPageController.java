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
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The quiz pages: the intro, the attempt form, and the result with its review. Every answer is
 * graded on the server; the pages never hold a correct answer before the attempt is submitted.
 */
@Controller
@RequestMapping("/quizzes/{quizId}")
class QuizPageController {

	private final Quizzes quizzes;
	private final Attempts attempts;
	private final LearnerIdentity learners;
	private final QuizTexts texts;
	private final QuizPageModel pages;
	private final SubmitDesk desk;

	QuizPageController(Quizzes quizzes, Attempts attempts, LearnerIdentity learners, QuizTexts texts,
			QuizPageModel pages, SubmitDesk desk) {
		this.desk = desk;
		this.quizzes = quizzes;
		this.attempts = attempts;
		this.learners = learners;
		this.texts = texts;
		this.pages = pages;
	}

	@GetMapping
	String showIntro(@PathVariable QuizId quizId, HttpServletRequest request, Model model) {
		Quiz quiz = quiz(quizId);
		Optional<LearnerId> learner = learners.current(request);
		model.addAttribute("signedIn", learner.isPresent());
		model.addAttribute("standing", learner.map(id -> attempts.standing(quiz, id)).orElseGet(() -> Standing.none(quiz)));
		model.addAttribute("now", attempts.now());
		return pages.page(quiz, model, "quiz/intro");
	}

	@PostMapping("/attempts")
	String startAttempt(@PathVariable QuizId quizId, HttpServletRequest request) {
		Quiz quiz = quiz(quizId);
		Attempt attempt = attempts.start(quiz.id(), learners.current(request).orElseThrow(AttemptNotFound::new)).attempt();
		return "redirect:" + QuizUrls.attempt(quiz, attempt);
	}

	@GetMapping("/attempts/{attemptId}")
	String showAttempt(@PathVariable QuizId quizId, @PathVariable String attemptId, HttpServletRequest request,
			Model model) {
		Quiz quiz = quiz(quizId);
		LearnerId learner = learners.current(request).orElseThrow(AttemptNotFound::new);
		Attempts.Opened opened = attempts.open(quiz.id(), attemptId, learner);
		Attempt attempt = opened.attempt();
		model.addAttribute("attempt", attempt);
		Optional<GradedAttempt> result = attempt.result(opened.version());
		if (result.isEmpty()) {
			model.addAttribute("questions", QuestionFields.of(opened.version(), attempt, texts));
			model.addAttribute("timeUp", attempt.timeUp(attempts.now()));
			return pages.page(quiz, model, "quiz/attempt");
		}
		Standing standing = opened.standing().orElseThrow();
		model.addAttribute("standing", standing);
		model.addAttribute("result", result.get());
		model.addAttribute("reviews",
				QuestionReviews.of(quiz, opened.version(), attempt, result.get(), standing.correctAnswersShown(), texts));
		return pages.page(quiz, model, "quiz/review");
	}

	/** Saves the answers, or submits the attempt; either way the form's answers are kept first. */
	@PostMapping("/attempts/{attemptId}")
	String processAttempt(@PathVariable QuizId quizId, @PathVariable String attemptId,
			@RequestParam(defaultValue = "save") String action, HttpServletRequest request, RedirectAttributes flash) {
		Quiz quiz = quiz(quizId);
		LearnerId learner = learners.current(request).orElseThrow(AttemptNotFound::new);
		Function<List<QuizQuestion>, Map<String, Response>> answers = questions -> AnswerForm.read(questions,
				request::getParameterValues);
		if (AttemptAction.of(action) == AttemptAction.SUBMIT) {
			// Read against every question of the quiz: the attempt, and which it drew, is loaded only past the gate.
			Map<String, Response> sent = AnswerForm.read(quiz.questions(), request::getParameterValues);
			desk.submit(request, quiz, attemptId, learner, sent, answers);
		}
		else {
			attempts.save(quiz.id(), attemptId, learner, answers);
			flash.addFlashAttribute("saved", true);
		}
		return "redirect:" + QuizUrls.attempt(quiz, attemptId);
	}

	private Quiz quiz(QuizId quizId) {
		return quizzes.quiz(quizId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "reason.noSuchQuiz"));
	}
}
