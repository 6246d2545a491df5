package io.lectern.progress.internal.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** The learner's own dashboard: only ever theirs, since it has no learner in its address. */
@Controller
class DashboardController {

	private final Learners learners;
	private final Dashboards dashboards;

	DashboardController(Learners learners, Dashboards dashboards) {
		this.learners = learners;
		this.dashboards = dashboards;
	}

	@GetMapping("/me")
	String showDashboard(HttpServletRequest request, Model model) {
		String learner = learners.current(request)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Log in to see your progress."));
		model.addAttribute("dashboard", dashboards.of(learner));
		return "progress/dashboard";
	}
}
