package io.lectern.web;

import io.lectern.authoring.ProblemBoard;
import io.lectern.content.ContentSource;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

/**
 * The header of a page that an {@code @ExceptionHandler} renders (a quiz's "not found", "nothing was
 * changed" and "not submitted yet" pages) names the signed-in learner, as every other page's does.
 * Spring MVC runs no {@code @ModelAttribute} method for such a page, {@link ViewerAdvice}'s among
 * them, so without this its header offered a learner who was signed in "Log in".
 */
@Component
class ViewerOnRefusalPages implements WebMvcRegistrations {

	private final ProblemBoard problems;
	private final ObjectProvider<ContentSource> content;

	ViewerOnRefusalPages(ProblemBoard problems, ObjectProvider<ContentSource> content) {
		this.problems = problems;
		this.content = content;
	}

	@Override
	public ExceptionHandlerExceptionResolver getExceptionHandlerExceptionResolver() {
		return new ExceptionHandlerExceptionResolver() {

			@Override
			protected ModelAndView doResolveHandlerMethodException(HttpServletRequest request, HttpServletResponse response,
					HandlerMethod handler, Exception refusal) {
				ModelAndView page = super.doResolveHandlerMethodException(request, response, handler, refusal);
				// A body written by the handler (JSON, a problem detail) has no view and no header.
				if (page != null && page.hasView() && !page.getModel().containsKey("viewer")) {
					Viewer.of(request, problems, content).ifPresent(viewer -> page.addObject("viewer", viewer));
				}
				return page;
			}
		};
	}
}
