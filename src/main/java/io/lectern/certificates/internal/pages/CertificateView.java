package io.lectern.certificates.internal.pages;

import io.lectern.certificates.internal.issuing.Certificate;
import io.lectern.certificates.internal.status.CertificateStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * A certificate as its page, its PDF and the learner's list show it.
 *
 * @param verifyAt the absolute address anyone can check it at: its page
 * @param owner whether the person looking is the learner it was issued to
 */
public record CertificateView(String id, String url, String verifyAt, String printedName, String courseTitle,
		String courseUrl, String courseVersion, Instant issuedAt, String issuer, boolean publicPage, boolean owner,
		Optional<Instant> revokedAt, Optional<String> revokedReason) {

	public static CertificateView of(Certificate certificate, Optional<CertificateStatus> status, String verifyAt,
			String issuer, boolean owner) {
		return new CertificateView(certificate.id(), certificate.url(), verifyAt, certificate.printedName(),
				certificate.courseTitle(), "/courses/" + certificate.courseSlug(), certificate.courseVersion(),
				certificate.issuedAt(), issuer, certificate.publicPage(), owner,
				status.flatMap(CertificateStatus::revokedAt), status.flatMap(CertificateStatus::reason));
	}

	public boolean revoked() {
		return revokedAt.isPresent();
	}
}
