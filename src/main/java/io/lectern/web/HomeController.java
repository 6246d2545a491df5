package io.lectern.web;

import io.lectern.authoring.CourseSlug;
import io.lectern.content.Catalog;
import io.lectern.content.Course;
import io.lectern.content.CoursePanel;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the catalog of courses, each with the reader's progress in it when they are signed in. */
@Controller
class HomeController {

	private final Catalog catalog;
	private final List<CoursePanel> panels;

	HomeController(Catalog catalog, ObjectProvider<CoursePanel> panels) {
		this.catalog = catalog;
		this.panels = panels.orderedStream().toList();
	}

	@GetMapping("/")
	String showCatalog(HttpServletRequest request, Model model) {
		model.addAttribute("accountDeleted", request.getParameter("account-deleted") != null);
		model.addAttribute("courses", catalog.courses());
		Map<CourseSlug, String> own = new HashMap<>();
		for (Course course : catalog.courses()) {
			panels.forEach(panel -> panel.forReader(course, request)
				.ifPresent(html -> own.merge(course.slug(), html, String::concat)));
		}
		model.addAttribute("panels", own);
		return "web/home";
	}
}
