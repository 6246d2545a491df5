package io.lectern.certificates.internal.pdf;

import io.lectern.certificates.internal.pages.CertificateView;
import io.lectern.i18n.LocalFormats;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;

/**
 * The words printed on a certificate's PDF, in the language of the one who downloads it, as its
 * page is shown to them; the learner's name and the course's title stay as they are written.
 * Dates as the portal writes them for that reader.
 */
public record PdfWording(String heading, String completed, String on, String issuedBy, String checkAt,
		Optional<String> revoked, String documentTitle, String documentSubject) {

	public static PdfWording of(CertificateView certificate, MessageSource messages, Locale locale, LocalFormats formats) {
		return new PdfWording(
				messages.getMessage("pdf.heading", null, locale),
				messages.getMessage("pdf.completed", null, locale),
				messages.getMessage("pdf.on", new Object[] { formats.date(certificate.issuedAt()) }, locale),
				messages.getMessage("pdf.issuedBy", new Object[] { certificate.issuer(), certificate.courseVersion() }, locale),
				messages.getMessage("pdf.checkAt", new Object[] { certificate.verifyAt() }, locale),
				certificate.revokedAt().map(when -> messages.getMessage("pdf.revoked", new Object[] { formats.date(when) }, locale)),
				messages.getMessage("pdf.documentTitle", new Object[] { certificate.courseTitle() }, locale),
				messages.getMessage("pdf.documentSubject", new Object[] { certificate.printedName(), certificate.courseTitle() }, locale));
	}
}
