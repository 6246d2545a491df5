package bench.bare;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class Page {

	private final Notes notes;

	Page(Notes notes) {
		this.notes = notes;
	}

	@GetMapping("/")
	String page(Model model) {
		model.addAttribute("notes", notes.findAll());
		return "page";
	}
}
