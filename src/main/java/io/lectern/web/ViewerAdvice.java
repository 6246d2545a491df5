package io.lectern.web;

import io.lectern.authoring.ProblemBoard;
import io.lectern.content.ContentSource;
import org.springframework.beans.factory.ObjectProvider;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header says who is signed in; the layout reads {@code viewer}, null for guests. */
@ControllerAdvice
class ViewerAdvice {

	private final ProblemBoard problems;
	private final ObjectProvider<ContentSource> content;

	ViewerAdvice(ProblemBoard problems, ObjectProvider<ContentSource> content) {
		this.problems = problems;
		this.content = content;
	}

	@ModelAttribute("viewer")
	Viewer viewer(HttpServletRequest request) {
		return Viewer.of(request, problems, content).orElse(null);
	}
}
