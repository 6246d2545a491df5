package io.lectern.web;

import io.lectern.content.Catalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the catalog of courses. */
@Controller
class HomeController {

	private final Catalog catalog;

	HomeController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/")
	String showCatalog(Model model) {
		model.addAttribute("courses", catalog.courses());
		return "web/home";
	}
}
