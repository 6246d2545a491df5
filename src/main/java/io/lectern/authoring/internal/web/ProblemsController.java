package io.lectern.authoring.internal.web;

import io.lectern.authoring.ProblemBoard;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /authoring/problems}: every error and warning in the content folder, with its file and
 * line and what became of the lesson it is in, for the instructors and admins who publish courses.
 */
@Controller
class ProblemsController {

	private final ProblemBoard board;

	ProblemsController(ProblemBoard board) {
		this.board = board;
	}

	@GetMapping("/authoring/problems")
	String problems(Model model) {
		List<ProblemBoard.Listed> all = board.all();
		long errors = board.errors();
		model.addAttribute("problems", all);
		model.addAttribute("errors", errors);
		model.addAttribute("warnings", all.size() - errors);
		return "authoring/problems";
	}
}
