package io.lectern.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header says who is signed in; the layout reads {@code viewer}, null for guests. */
@ControllerAdvice
class ViewerAdvice {

	@ModelAttribute("viewer")
	Viewer viewer(HttpServletRequest request) {
		return Viewer.of(request).orElse(null);
	}
}
