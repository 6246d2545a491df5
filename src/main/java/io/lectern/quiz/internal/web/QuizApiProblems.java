package io.lectern.quiz.internal.web;

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

	/** The problem's title in the client's language (its Accept-Language); the detail stays as the code wrote it. */
	private ProblemDetail titled(ProblemDetail problem) {
		problem.setTitle(messages.getMessage("error.status." + problem.getStatus(), null, HttpStatus.valueOf(problem.getStatus())
			.getReasonPhrase(), LocaleContextHolder.getLocale()));
		return problem;
	}

	@ExceptionHandler(AttemptNotFound.class)
	ProblemDetail notFound(AttemptNotFound missing) {
		return titled(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage()));
	}

	@ExceptionHandler({ AttemptConflict.class, AttemptRefused.class })
	ProblemDetail conflict(RuntimeException refusal) {
		return titled(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refusal.getMessage()));
	}

	/** Grading is saturated: come back after Retry-After (seconds); nothing was changed. */
	@ExceptionHandler(SubmitsBusy.class)
	ResponseEntity<ProblemDetail> busy(SubmitsBusy busy) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(busy.retryAfter().toSeconds()))
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, busy.getMessage()));
	}

	@ExceptionHandler(InvalidAnswer.class)
	ProblemDetail invalid(InvalidAnswer invalid) {
		return titled(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage()));
	}

	/** An unknown quiz: a problem detail like every other refusal, not the error page's JSON. */
	@ExceptionHandler(ResponseStatusException.class)
	ProblemDetail refused(ResponseStatusException refusal) {
		return titled(refusal.getBody());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable() {
		return titled(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The body is not valid JSON of the form {\"answers\": {\"question-id\": {\"choices\": [\"...\"]}}}."));
	}
}
