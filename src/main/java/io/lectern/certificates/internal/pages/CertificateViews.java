package io.lectern.certificates.internal.pages;

import io.lectern.accounts.LearnerId;
import io.lectern.certificates.internal.PublicAddress;
import io.lectern.certificates.internal.issuing.Certificate;
import io.lectern.certificates.internal.issuing.CertificateRepository;
import io.lectern.certificates.internal.status.Revocations;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates as people may see them. A private certificate is visible to its learner alone:
 * to anyone else it is not there, exactly as one that never existed, so its address reveals nothing.
 */
@Service
public class CertificateViews {

	private final CertificateRepository certificates;
	private final Revocations revocations;
	private final PublicAddress address;
	private final String issuer;

	CertificateViews(CertificateRepository certificates, Revocations revocations, PublicAddress address,
			@Value("${lectern.certificates.issuer-name:Lectern}") String issuer) {
		this.certificates = certificates;
		this.revocations = revocations;
		this.address = address;
		this.issuer = issuer;
	}

	/** The certificate as {@code viewer} (empty for a guest) may see it; empty when they may not. */
	public Optional<CertificateView> find(String id, Optional<LearnerId> viewer) {
		return certificates.findById(id)
			.filter(certificate -> certificate.publicPage() || viewer.filter(certificate::ownedBy).isPresent())
			.map(certificate -> view(certificate, viewer.filter(certificate::ownedBy).isPresent()));
	}

	public List<CertificateView> of(LearnerId learner) {
		return certificates.findByLearnerIdOrderByIssuedAtDesc(learner).stream().map(c -> view(c, true)).toList();
	}

	public Optional<CertificateView> of(LearnerId learner, String courseSlug) {
		return certificates.findByLearnerIdAndCourseSlug(learner, courseSlug).map(c -> view(c, true));
	}

	/** Shows the learner's certificate to everyone, or to them alone; false when it is not theirs. */
	@Transactional
	public boolean show(String id, LearnerId learner, boolean publicly) {
		return certificates.findById(id).filter(certificate -> certificate.ownedBy(learner)).map(certificate -> {
			certificate.showPublicly(publicly);
			return true;
		}).orElse(false);
	}

	private CertificateView view(Certificate certificate, boolean owner) {
		return CertificateView.of(certificate, revocations.statusAt(certificate.statusIndex()),
				address.configured() ? address.of(certificate.url()) : certificate.url(), issuer, owner);
	}
}
