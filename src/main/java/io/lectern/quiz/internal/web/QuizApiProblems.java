package io.lectern.quiz.internal.web;

import io.lectern.i18n.Explained;
import io.lectern.quiz.internal.AttemptConflict;
import io.lectern.quiz.internal.AttemptNotFound;
import io.lectern.quiz.internal.AttemptRefused;
import io.lectern.quiz.internal.SubmitsBusy;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/** The API's errors as RFC 9457 problem details, with a message meant for the learner. */
@RestControllerAdvice(assignableTypes = QuizApiController.class)
class QuizApiProblems {

	private final MessageSource messages;

	QuizApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	/** A refusal as a problem detail, its title and detail in the client's language (its Accept-Language). */
	private ProblemDetail explained(HttpStatus status, Explained refusal) {
		return titled(ProblemDetail.forStatusAndDetail(status, messages.getMessage(refusal, LocaleContextHolder.getLocale())));
	}

	/** The problem's title in the client's language (its Accept-Language). */
	private ProblemDetail titled(ProblemDetail problem) {
		problem.setTitle(messages.getMessage("error.status." + problem.getStatus(), null, HttpStatus.valueOf(problem.getStatus())
			.getReasonPhrase(), LocaleContextHolder.getLocale()));
		return problem;
	}

	@ExceptionHandler({ AttemptNotFound.class, QuizNotFound.class })
	ProblemDetail notFound(Explained missing) {
		return explained(HttpStatus.NOT_FOUND, missing);
	}

	@ExceptionHandler({ AttemptConflict.class, AttemptRefused.class })
	ProblemDetail conflict(Explained refusal) {
		return explained(HttpStatus.CONFLICT, refusal);
	}

	/** Grading is saturated: come back after Retry-After (seconds); nothing was changed. */
	@ExceptionHandler(SubmitsBusy.class)
	ResponseEntity<ProblemDetail> busy(SubmitsBusy busy) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(busy.retryAfter().toSeconds()))
			.body(explained(HttpStatus.SERVICE_UNAVAILABLE, busy));
	}

	@ExceptionHandler(InvalidAnswer.class)
	ProblemDetail invalid(InvalidAnswer invalid) {
		return explained(HttpStatus.BAD_REQUEST, invalid);
	}

	/** An unknown quiz: a problem detail like every other refusal, not the error page's JSON. */
	@ExceptionHandler(ResponseStatusException.class)
	ProblemDetail refused(ResponseStatusException refusal) {
		return titled(refusal.getBody());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable() {
		return titled(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("refusal.body.unreadable", null, LocaleContextHolder.getLocale())));
	}
}
