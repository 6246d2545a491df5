package io.lectern.certificates.internal.pages;

import io.lectern.accounts.LearnerId;
import io.lectern.accounts.LearnerIdentity;
import io.lectern.progress.LearnerRecords;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/certificates}: the signed-in learner's own certificates, and only theirs (the
 * address names no learner). The same list goes into their "Download my data" file.
 */
@RestController
class MyCertificatesApi implements LearnerRecords {

	/** A certificate in the list, with the absolute addresses of its page, PDF and signed credential. */
	record CertificateEntry(String id, String page, String pdf, String credential, String courseTitle,
			String courseVersion, String printedName, Instant issuedAt, boolean publicPage, boolean revoked) {

		static CertificateEntry of(CertificateView view) {
			return new CertificateEntry(view.id(), view.verifyAt(), view.verifyAt() + ".pdf",
					view.verifyAt() + "/credential.jwt", view.courseTitle(), view.courseVersion(), view.printedName(),
					view.issuedAt(), view.publicPage(), view.revoked());
		}
	}

	private final CertificateViews views;
	private final LearnerIdentity learners;

	MyCertificatesApi(CertificateViews views, LearnerIdentity learners) {
		this.views = views;
		this.learners = learners;
	}

	@GetMapping(path = "/api/certificates", produces = "application/json")
	List<CertificateEntry> listMine(HttpServletRequest request) {
		return of(learners.current(request).orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED)));
	}

	@Override
	public String name() {
		return "certificates";
	}

	@Override
	public List<CertificateEntry> of(LearnerId learner) {
		return views.of(learner).stream().map(CertificateEntry::of).toList();
	}
}
