package io.lectern.quiz.internal.web;

import io.lectern.quiz.LearnerIdentity;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.Quizzes;
import io.lectern.quiz.ReviewOptions;
import io.lectern.quiz.ReviewQueue;
import io.lectern.quiz.grading.Grade;
import io.lectern.quiz.grading.Response;
import io.lectern.quiz.internal.AttemptNotFound;
import io.lectern.quiz.internal.Attempts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The review session: the questions a learner missed come back one at a time when they are due.
 * Each answer is graded by the quiz grader and reported to the review queue, which schedules the
 * next review and counts it towards mastery; no quiz grade changes. Correct answers and
 * explanations show only where the quiz's own review rules already let this learner see them.
 */
@Controller
class ReviewSessionController {

	private final ReviewQueue queue;
	private final Quizzes quizzes;
	private final Attempts attempts;
	private final LearnerIdentity learners;
	private final QuizTexts texts;
	private final QuizPageModel pages;

	ReviewSessionController(ReviewQueue queue, Quizzes quizzes, Attempts attempts, LearnerIdentity learners,
			QuizTexts texts, QuizPageModel pages) {
		this.queue = queue;
		this.quizzes = quizzes;
		this.attempts = attempts;
		this.learners = learners;
		this.texts = texts;
		this.pages = pages;
	}

	@GetMapping("/review")
	String showNextQuestion(HttpServletRequest request, Model model) {
		String learner = learners.current(request).orElseThrow(AttemptNotFound::new);
		Instant now = attempts.now();
		List<ReviewQueue.Due> due = queue.due(learner, now);
		model.addAttribute("remaining", due.size());
		if (due.isEmpty()) {
			return "quiz/review-session";
		}
		Quiz quiz = quizzes.quiz(due.get(0).quizId()).orElseThrow();
		QuizQuestion question = quiz.question(due.get(0).questionId()).orElseThrow();
		model.addAttribute("question", QuestionFields.single(quiz, seed(learner), question, new Response.Blank(), texts));
		return pages.page(quiz, model, "quiz/review-session");
	}

	@PostMapping("/review/{quizId}/{questionId}")
	String checkAnswer(@PathVariable String quizId, @PathVariable String questionId, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String learner = learners.current(request).orElseThrow(AttemptNotFound::new);
		Instant now = attempts.now();
		Optional<Quiz> quiz = quizzes.quiz(quizId);
		Optional<QuizQuestion> question = quiz.flatMap(found -> found.question(questionId));
		List<ReviewQueue.Due> due = queue.due(learner, now);
		boolean isDue = due.stream().anyMatch(item -> item.quizId().equals(quizId) && item.questionId().equals(questionId));
		if (question.isEmpty() || !isDue) {
			// A second tab, or the back button, answering a question already reviewed: nothing to record.
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("notDue", true);
			model.addAttribute("remaining", due.size());
			return "quiz/review-session";
		}
		Response given = AnswerForm.read(quiz.get(), List.of(questionId), request::getParameterValues).get(questionId);
		Grade grade = question.get().question().grade(given);
		queue.answered(learner, quizId, questionId, question.get().question().info().topics(), grade.fraction(), now);
		boolean answersShown = attempts.standing(quiz.get(), learner).correctAnswersShown();
		ReviewOptions rules = new ReviewOptions(true, true, true, true, quiz.get().review().correctAnswers());
		model.addAttribute("question", QuestionFields.single(quiz.get(), seed(learner), question.get(), given, texts));
		model.addAttribute("checked", QuestionReviews.review(1, quiz.get(), rules, seed(learner), question.get(), given,
				grade, answersShown, texts));
		// This question has just been answered: it is no longer due today.
		model.addAttribute("remaining", due.size() - 1);
		return pages.page(quiz.get(), model, "quiz/review-session");
	}

	/** The same choice order on every visit for this learner, so a checked question does not rearrange itself. */
	private static long seed(String learner) {
		return learner.hashCode();
	}
}
