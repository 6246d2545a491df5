package io.lectern.certificates.internal.pages;

import io.lectern.accounts.LearnerId;
import io.lectern.accounts.LearnerIdentity;
import io.lectern.content.Course;
import io.lectern.content.CoursePanel;
import io.lectern.progress.DashboardSection;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where a learner finds their certificates: a link on the course's page (and beside it in the
 * catalog) once they have it, and a list on their dashboard.
 */
@Component
class CertificatePanels implements CoursePanel, DashboardSection {

	private final CertificateViews views;
	private final LearnerIdentity learners;
	private final CertificateFragments fragments;

	CertificatePanels(CertificateViews views, LearnerIdentity learners, CertificateFragments fragments) {
		this.views = views;
		this.learners = learners;
		this.fragments = fragments;
	}

	@Override
	public Optional<String> forReader(Course course, HttpServletRequest request) {
		return learners.current(request)
			.flatMap(learner -> views.of(learner, course.slug().value()))
			.map(certificate -> fragments.render("coursePanel", Map.of("certificate", certificate)));
	}

	@Override
	public Optional<String> forLearner(LearnerId learner) {
		List<CertificateView> mine = views.of(learner);
		return mine.isEmpty() ? Optional.empty() : Optional.of(fragments.render("dashboard", Map.of("certificates", mine)));
	}
}
