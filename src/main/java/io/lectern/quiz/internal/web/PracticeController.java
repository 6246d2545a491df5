package io.lectern.quiz.internal.web;

import io.lectern.authoring.QuizId;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.Quizzes;
import io.lectern.quiz.ReviewOptions;
import io.lectern.quiz.grading.Response;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Practice: check an answer to one question at a time and see at once whether it is right and
 * why. Nothing is stored and nothing counts towards a grade. A quiz offers it only when its author
 * says so ({@code practice: true}), since it shows the correct answers.
 */
@Controller
@RequestMapping("/quizzes/{quizId}/practice")
class PracticeController {

	private final Quizzes quizzes;
	private final QuizTexts texts;
	private final QuizPageModel pages;

	PracticeController(Quizzes quizzes, QuizTexts texts, QuizPageModel pages) {
		this.quizzes = quizzes;
		this.texts = texts;
		this.pages = pages;
	}

	@GetMapping
	String showPractice(@PathVariable QuizId quizId, Model model) {
		Quiz quiz = practiceQuiz(quizId);
		model.addAttribute("questions", QuestionFields.practice(quiz, seed(quiz), Map.of(), texts));
		return pages.page(quiz, model, "quiz/practice");
	}

	@PostMapping("/{questionId}")
	String checkAnswer(@PathVariable QuizId quizId, @PathVariable String questionId, HttpServletRequest request,
			Model model) {
		Quiz quiz = practiceQuiz(quizId);
		QuizQuestion question = quiz.question(questionId).orElseThrow(PracticeController::notFound);
		Response given = AnswerForm.read(List.of(question), request::getParameterValues).get(questionId);
		int number = quiz.questions().indexOf(question) + 1;
		model.addAttribute("questions", QuestionFields.practice(quiz, seed(quiz), Map.of(questionId, given), texts));
		model.addAttribute("checked", QuestionReviews.review(number, ReviewOptions.ALL, quiz.shuffleChoices(), seed(quiz),
				question, given, question.question().grade(given), true, texts.of(quiz, question)));
		return pages.page(quiz, model, "quiz/practice");
	}

	private Quiz practiceQuiz(QuizId quizId) {
		return quizzes.quiz(quizId).filter(Quiz::practice).orElseThrow(PracticeController::notFound);
	}

	/** The same choice order on every visit, so a checked question does not rearrange itself. */
	private static long seed(Quiz quiz) {
		return quiz.id().hashCode();
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "reason.noPractice");
	}
}
