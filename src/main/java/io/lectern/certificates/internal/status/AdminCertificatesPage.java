package io.lectern.certificates.internal.status;

import io.lectern.accounts.LearnerIdentity;
import io.lectern.certificates.internal.issuing.Certificate;
import io.lectern.certificates.internal.issuing.CertificateRepository;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /admin/certificates} (ADMIN only, by the security policy): the latest certificates, and
 * revoking one with a reason. Revoking is final; the certificate's page, its PDF and every
 * verifier then say "revoked".
 */
@Controller
class AdminCertificatesPage {

	static final int REASON_MAX = 500;

	/** How many of the latest certificates the list shows. */
	static final int PAGE_SIZE = 200;

	/** A certificate as the admin's list shows it. */
	record Row(String id, String url, String printedName, String courseTitle, java.time.Instant issuedAt, boolean revoked) {
	}

	private final CertificateRepository certificates;
	private final Revocations revocations;
	private final LearnerIdentity learners;
	private final MessageSource messages;

	AdminCertificatesPage(CertificateRepository certificates, Revocations revocations, LearnerIdentity learners,
			MessageSource messages) {
		this.messages = messages;
		this.certificates = certificates;
		this.revocations = revocations;
		this.learners = learners;
	}

	@GetMapping("/admin/certificates")
	String showCertificates(Model model) {
		List<Row> rows = certificates.findAll(PageRequest.of(0, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "issuedAt")))
			.stream()
			.map(this::row)
			.toList();
		model.addAttribute("certificates", rows);
		model.addAttribute("reasonMax", REASON_MAX);
		model.addAttribute("pageSize", PAGE_SIZE);
		return "certificates/admin";
	}

	@PostMapping("/admin/certificates/{id}/revocation")
	String revoke(@PathVariable String id, @RequestParam(defaultValue = "") String reason, HttpServletRequest request,
			RedirectAttributes redirect) {
		Certificate certificate = certificates.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "reason.noCertificate"));
		String why = reason.strip();
		if (why.isEmpty() || why.length() > REASON_MAX) {
			redirect.addFlashAttribute("problem", say("admin.certificates.problem.reason", REASON_MAX));
			return "redirect:/admin/certificates";
		}
		revocations.revoke(certificate.statusIndex(), learners.current(request).orElseThrow(), why);
		redirect.addFlashAttribute("saved", say("admin.certificates.saved.revoked", certificate.printedName(),
				certificate.courseTitle()));
		return "redirect:/admin/certificates";
	}

	/** A flash message in the admin's language, which the next page shows as it is. */
	private String say(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private Row row(Certificate certificate) {
		return new Row(certificate.id(), certificate.url(), certificate.printedName(), certificate.courseTitle(),
				certificate.issuedAt(), revocations.statusAt(certificate.statusIndex()).map(CertificateStatus::revoked).orElse(false));
	}
}
