package io.lectern.quiz.internal.web;

import io.lectern.quiz.internal.AttemptConflict;
import io.lectern.quiz.internal.AttemptNotFound;
import io.lectern.quiz.internal.AttemptRefused;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a learner sees when a quiz request cannot be honoured: 404 for an attempt that is not
 * theirs (as if it did not exist), 409 with the reason for a stale or refused one. Nothing was
 * changed in either case.
 */
@ControllerAdvice(assignableTypes = { QuizPageController.class, PracticeController.class })
class QuizPageProblems {

	@ExceptionHandler(AttemptNotFound.class)
	ModelAndView notFound() {
		return new ModelAndView("error", Map.of("status", 404, "error", "Not Found"), HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler({ AttemptConflict.class, AttemptRefused.class })
	ModelAndView refused(RuntimeException refusal, HttpServletRequest request) {
		return problem(refusal, request, HttpStatus.CONFLICT);
	}

	@ExceptionHandler(InvalidAnswer.class)
	ModelAndView invalid(InvalidAnswer invalid, HttpServletRequest request) {
		return problem(invalid, request, HttpStatus.BAD_REQUEST);
	}

	private static ModelAndView problem(RuntimeException refusal, HttpServletRequest request, HttpStatus status) {
		@SuppressWarnings("unchecked")
		Map<String, String> path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String intro = QuizUrls.intro(path.get("quizId"));
		String back = path.containsKey("attemptId") ? request.getRequestURI() : intro;
		return new ModelAndView("quiz/problem", Map.of("status", status.value(), "message", refusal.getMessage(), "back",
				back, "intro", intro), status);
	}
}
