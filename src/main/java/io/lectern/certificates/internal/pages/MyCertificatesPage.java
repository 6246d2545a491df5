package io.lectern.certificates.internal.pages;

import java.util.Locale;
import org.springframework.context.MessageSource;
import io.lectern.accounts.LearnerId;
import io.lectern.accounts.LearnerIdentity;
import io.lectern.certificates.internal.PublicAddress;
import io.lectern.certificates.internal.issuing.PrintedNames;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/** "Your certificates" at {@code /me/certificates}: the learner's certificates and the name printed on them. */
@Controller
class MyCertificatesPage {

	private final CertificateViews views;
	private final PrintedNames names;
	private final LearnerIdentity learners;
	private final PublicAddress address;
	private final MessageSource messages;

	MyCertificatesPage(CertificateViews views, PrintedNames names, LearnerIdentity learners, PublicAddress address,
			MessageSource messages) {
		this.messages = messages;
		this.views = views;
		this.names = names;
		this.learners = learners;
		this.address = address;
	}

	@GetMapping("/me/certificates")
	String showMine(HttpServletRequest request, Model model, Locale locale) {
		LearnerId learner = current(request);
		model.addAttribute("certificates", views.of(learner));
		model.addAttribute("chosenName", names.chosen(learner).orElse(""));
		model.addAttribute("printedName", names.of(learner));
		model.addAttribute("maxLength", PrintedNames.MAX_LENGTH);
		model.addAttribute("notIssuing", address.configured() ? null : messages.getMessage("certificate.mine.notIssuing", null, locale));
		return "certificates/mine";
	}

	@PostMapping("/me/certificates/name")
	String chooseName(@RequestParam(defaultValue = "") String printedName, HttpServletRequest request,
			RedirectAttributes redirect, Locale locale) {
		LearnerId learner = current(request);
		if (printedName.strip().length() > PrintedNames.MAX_LENGTH) {
			redirect.addFlashAttribute("nameProblem",
					messages.getMessage("certificate.mine.nameTooLong", new Object[] { PrintedNames.MAX_LENGTH }, locale));
			return "redirect:/me/certificates";
		}
		names.choose(learner, printedName);
		redirect.addFlashAttribute("saved", messages.getMessage(printedName.isBlank() ? "certificate.mine.savedDisplayName"
				: "certificate.mine.savedName", null, locale));
		return "redirect:/me/certificates";
	}

	private LearnerId current(HttpServletRequest request) {
		return learners.current(request)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "reason.logInForCertificates"));
	}
}
