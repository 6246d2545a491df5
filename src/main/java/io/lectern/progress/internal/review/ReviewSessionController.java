package io.lectern.progress.internal.review;

import io.lectern.accounts.LearnerId;
import io.lectern.accounts.LearnerIdentity;
import io.lectern.progress.internal.CourseQuizzes;
import io.lectern.quiz.QuestionViews;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.grading.Grade;
import io.lectern.quiz.grading.Response;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The review session: the questions a learner missed come back one at a time when they are due.
 * Each answer is graded by the question itself and moves it along the review schedule, counting
 * towards mastery; no quiz grade changes. The quiz module shows the question and marks the answer.
 */
@Controller
class ReviewSessionController {

	private static final String PAGE = "progress/review-session";

	private final Reviews reviews;
	private final CourseQuizzes quizzes;
	private final QuestionViews views;
	private final LearnerIdentity learners;
	private final Clock clock;

	ReviewSessionController(Reviews reviews, CourseQuizzes quizzes, QuestionViews views, LearnerIdentity learners,
			Clock clock) {
		this.reviews = reviews;
		this.quizzes = quizzes;
		this.views = views;
		this.learners = learners;
		this.clock = clock;
	}

	@GetMapping("/review")
	String showNextQuestion(HttpServletRequest request, Model model) {
		LearnerId learner = learner(request);
		List<Reviews.Due> due = reviews.due(learner, clock.instant());
		model.addAttribute("remaining", due.size());
		if (due.isEmpty()) {
			return PAGE;
		}
		Quiz quiz = quizzes.quiz(due.get(0).quizId()).orElseThrow();
		QuizQuestion question = quiz.question(due.get(0).questionId()).orElseThrow();
		model.addAllAttributes(views.page(quiz));
		model.addAttribute("question", views.form(quiz, question, new Response.Blank(), learner));
		return PAGE;
	}

	@PostMapping("/review/{quizId}/{questionId}")
	String checkAnswer(@PathVariable String quizId, @PathVariable String questionId, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		LearnerId learner = learner(request);
		Instant now = clock.instant();
		Optional<Quiz> quiz = quizzes.quiz(quizId);
		Optional<QuizQuestion> question = quiz.flatMap(found -> found.question(questionId));
		List<Reviews.Due> due = reviews.due(learner, now);
		boolean isDue = due.stream().anyMatch(item -> item.quizId().equals(quizId) && item.questionId().equals(questionId));
		if (question.isEmpty() || !isDue) {
			// A second tab, or the back button, answering a question already reviewed: nothing to record.
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("notDue", true);
			model.addAttribute("remaining", due.size());
			return PAGE;
		}
		Response given = views.answer(quiz.get(), question.get(), request::getParameterValues);
		Grade grade = question.get().question().grade(given);
		reviews.answered(learner, quizId, questionId, question.get().question().info().topics(), grade.fraction(), now);
		model.addAllAttributes(views.page(quiz.get()));
		model.addAttribute("question", views.form(quiz.get(), question.get(), given, learner));
		model.addAttribute("checked", views.marking(quiz.get(), question.get(), given, grade, learner));
		// This question has just been answered: it is no longer due today.
		model.addAttribute("remaining", due.size() - 1);
		return PAGE;
	}

	/** Guests are sent to log in by the security policy; a session that ended meanwhile finds nothing. */
	private LearnerId learner(HttpServletRequest request) {
		return learners.current(request).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "reason.nothingToReview"));
	}
}
