package io.lectern.web;

import io.lectern.authoring.ProblemBoard;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header says who is signed in; the layout reads {@code viewer}, null for guests. */
@ControllerAdvice
class ViewerAdvice {

	private final ProblemBoard problems;

	ViewerAdvice(ProblemBoard problems) {
		this.problems = problems;
	}

	@ModelAttribute("viewer")
	Viewer viewer(HttpServletRequest request) {
		return Viewer.of(request, problems).orElse(null);
	}
}
