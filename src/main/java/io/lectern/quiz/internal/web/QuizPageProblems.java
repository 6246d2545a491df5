package io.lectern.quiz.internal.web;

import io.lectern.i18n.Explained;
import io.lectern.quiz.internal.AttemptConflict;
import io.lectern.quiz.internal.AttemptNotFound;
import io.lectern.quiz.internal.AttemptRefused;
import io.lectern.quiz.internal.SubmitsBusy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
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

	private final MessageSource messages;

	QuizPageProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(AttemptNotFound.class)
	ModelAndView notFound() {
		return new ModelAndView("error", Map.of("status", 404, "error", "Not Found"), HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler({ AttemptConflict.class, AttemptRefused.class })
	ModelAndView refused(Explained refusal, HttpServletRequest request) {
		return problem(refusal, request, HttpStatus.CONFLICT);
	}

	/** One answer field of the form that was turned away, to send it again unchanged. */
	record Field(String name, String value) {
	}

	/**
	 * Grading is saturated (503, Retry-After). Nothing was changed; the page holds the learner's
	 * answers, as they sent them, in a form that sends them again: without JavaScript, the
	 * attempt page cannot retry by itself.
	 */
	@ExceptionHandler(SubmitsBusy.class)
	ModelAndView busy(SubmitsBusy busy, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(busy.retryAfter().toSeconds()));
		List<Field> fields = new ArrayList<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("_csrf") && !name.equals("action")) {
				for (String value : values) {
					fields.add(new Field(name, value));
				}
			}
		});
		Map<String, Object> model = new HashMap<>();
		model.put("seconds", busy.retryAfter().toSeconds());
		model.put("action", request.getRequestURI());
		model.put("fields", fields);
		if (request.getAttribute(SubmitDesk.ARRIVED) instanceof Instant arrived) {
			model.put("arrived", arrived);
		}
		return new ModelAndView("quiz/busy", model, HttpStatus.SERVICE_UNAVAILABLE);
	}

	@ExceptionHandler(InvalidAnswer.class)
	ModelAndView invalid(InvalidAnswer invalid, HttpServletRequest request) {
		return problem(invalid, request, HttpStatus.BAD_REQUEST);
	}

	private ModelAndView problem(Explained refusal, HttpServletRequest request, HttpStatus status) {
		@SuppressWarnings("unchecked")
		Map<String, String> path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String intro = QuizUrls.intro(path.get("quizId"));
		String back = path.containsKey("attemptId") ? request.getRequestURI() : intro;
		return new ModelAndView("quiz/problem", Map.of("status", status.value(), "message",
				messages.getMessage(refusal, LocaleContextHolder.getLocale()), "back",
				back, "intro", intro), status);
	}
}
