package io.lectern.certificates.internal.pages;

import io.lectern.accounts.LearnerIdentity;
import io.lectern.certificates.internal.pdf.CertificatePdf;
import io.lectern.certificates.internal.pdf.PdfWording;
import io.lectern.i18n.LocalFormats;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The certificate as a PDF, for whoever may see its page, worded in their language as the page is. */
@RestController
class CertificatePdfDownload {

	private final CertificateViews views;
	private final LearnerIdentity learners;
	private final CertificatePdf pdf;
	private final MessageSource messages;
	private final LocalFormats formats;

	CertificatePdfDownload(CertificateViews views, LearnerIdentity learners, CertificatePdf pdf, MessageSource messages,
			LocalFormats formats) {
		this.views = views;
		this.learners = learners;
		this.pdf = pdf;
		this.messages = messages;
		this.formats = formats;
	}

	@GetMapping("/certificates/{id}.pdf")
	ResponseEntity<byte[]> downloadPdf(@PathVariable String id, HttpServletRequest request, Locale locale) {
		CertificateView certificate = views.find(id, learners.current(request))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, CertificatePage.NOT_HERE));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("certificate.pdf").build().toString())
			.body(pdf.draw(certificate, PdfWording.of(certificate, messages, locale, formats)));
	}
}
