package io.lectern.certificates.internal.pages;

import java.util.Locale;
import org.springframework.context.MessageSource;
import io.lectern.accounts.LearnerId;
import io.lectern.accounts.LearnerIdentity;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A certificate's own page, {@code /certificates/{id}}: public unless its learner made it private,
 * and then 404 to everyone else, the same answer as for an address that never had one.
 */
@Controller
class CertificatePage {

	static final String NOT_HERE = "reason.noCertificate";

	private final CertificateViews views;
	private final LearnerIdentity learners;
	private final MessageSource messages;

	CertificatePage(CertificateViews views, LearnerIdentity learners, MessageSource messages) {
		this.messages = messages;
		this.views = views;
		this.learners = learners;
	}

	@GetMapping("/certificates/{id}")
	String showCertificate(@PathVariable String id, HttpServletRequest request, Model model, Locale locale) {
		CertificateView certificate = views.find(id, learners.current(request))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, NOT_HERE));
		model.addAttribute("certificate", certificate);
		model.addAttribute("pageDescription", messages.getMessage("certificate.description",
				new Object[] { certificate.printedName(), certificate.courseTitle() }, locale));
		return "certificates/certificate";
	}

	@PostMapping("/me/certificates/{id}/visibility")
	String changeVisibility(@PathVariable String id, @RequestParam("public") boolean publicly, HttpServletRequest request) {
		LearnerId learner = learners.current(request).orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
		if (!views.show(id, learner, publicly)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, NOT_HERE);
		}
		return "redirect:/certificates/" + id;
	}
}
