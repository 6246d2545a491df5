package io.lectern.web;

import io.lectern.authoring.ProblemBoard;
import io.lectern.content.Catalog;
import io.lectern.content.ContentSource;
import org.springframework.beans.factory.ObjectProvider;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page's header says who is signed in; the layout reads {@code viewer}, null for guests, and
 * {@code explorerInHeader}.
 */
@ControllerAdvice
class ViewerAdvice {

	private final ProblemBoard problems;
	private final ObjectProvider<ContentSource> content;
	private final ObjectProvider<Catalog> catalog;

	ViewerAdvice(ProblemBoard problems, ObjectProvider<ContentSource> content, ObjectProvider<Catalog> catalog) {
		this.problems = problems;
		this.content = content;
		this.catalog = catalog;
	}

	/**
	 * Whether the header links to the diagram explorer: when a course served draws its diagrams. A
	 * portal of Python lectures has no use for a tool about who secures what in the cloud.
	 */
	@ModelAttribute("explorerInHeader")
	boolean explorerInHeader() {
		Catalog served = catalog.getIfAvailable();
		return served == null || served.drawsDiagrams();
	}

	@ModelAttribute("viewer")
	Viewer viewer(HttpServletRequest request) {
		return Viewer.of(request, problems, content).orElse(null);
	}
}
