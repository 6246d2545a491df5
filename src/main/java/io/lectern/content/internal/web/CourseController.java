package io.lectern.content.internal.web;

import io.lectern.authoring.CourseSlug;
import io.lectern.content.Catalog;
import io.lectern.content.Course;
import io.lectern.content.CoursePanel;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A course's outline: its sections and lessons with their summaries. */
@Controller
class CourseController {

	private final Catalog catalog;
	private final List<CoursePanel> panels;

	CourseController(Catalog catalog, ObjectProvider<CoursePanel> panels) {
		this.catalog = catalog;
		this.panels = panels.orderedStream().toList();
	}

	@GetMapping("/courses")
	String courses() {
		return "redirect:/";
	}

	@GetMapping("/courses/{courseSlug}")
	String showCourse(@PathVariable String courseSlug, HttpServletRequest request, Model model) {
		Course course = CourseSlug.read(courseSlug).flatMap(catalog::course)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "reason.noCourse"));
		model.addAttribute("course", course);
		model.addAttribute("pageDescription", course.summary());
		model.addAttribute("panels", panels.stream().flatMap(panel -> panel.forReader(course, request).stream()).toList());
		model.addAttribute("completed",
				panels.stream().flatMap(panel -> panel.completedLessons(course, request).stream()).collect(Collectors.toSet()));
		return "content/course";
	}
}
