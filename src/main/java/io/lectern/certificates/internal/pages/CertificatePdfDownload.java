package io.lectern.certificates.internal.pages;

import io.lectern.accounts.LearnerId;
import io.lectern.accounts.LearnerIdentity;
import io.lectern.certificates.internal.pdf.CertificatePdf;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The certificate as a PDF, for whoever may see its page. */
@RestController
class CertificatePdfDownload {

	private final CertificateViews views;
	private final LearnerIdentity learners;
	private final CertificatePdf pdf;

	CertificatePdfDownload(CertificateViews views, LearnerIdentity learners, CertificatePdf pdf) {
		this.views = views;
		this.learners = learners;
		this.pdf = pdf;
	}

	@GetMapping("/certificates/{id}.pdf")
	ResponseEntity<byte[]> downloadPdf(@PathVariable String id, HttpServletRequest request) {
		CertificateView certificate = views.find(id, learners.current(request).map(LearnerId::value))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, CertificatePage.NOT_HERE));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("certificate.pdf").build().toString())
			.body(pdf.draw(certificate));
	}
}
