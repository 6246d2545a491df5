package io.lectern.progress.internal.dashboard;

import io.lectern.accounts.LearnerId;
import io.lectern.progress.DashboardSection;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
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
	private final List<DashboardSection> sections;

	DashboardController(Learners learners, Dashboards dashboards, ObjectProvider<DashboardSection> sections) {
		this.learners = learners;
		this.dashboards = dashboards;
		this.sections = sections.orderedStream().toList();
	}

	@GetMapping("/me")
	String showDashboard(HttpServletRequest request, Model model) {
		LearnerId learner = learners.current(request)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "reason.logInForDashboard"));
		model.addAttribute("dashboard", dashboards.of(learner));
		model.addAttribute("sections", sections.stream().flatMap(section -> section.forLearner(learner).stream()).toList());
		return "progress/dashboard";
	}
}
