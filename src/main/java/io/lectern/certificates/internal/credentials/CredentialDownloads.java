package io.lectern.certificates.internal.credentials;

import io.lectern.accounts.LearnerIdentity;
import io.lectern.certificates.internal.PublicAddress;
import io.lectern.certificates.internal.issuing.Certificate;
import io.lectern.certificates.internal.issuing.CertificateRepository;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A certificate's credential, as JSON-LD and as the signed VC-JWT, to anyone who may see its page:
 * a private certificate's credential is not found by others, as its page is not.
 */
@RestController
class CredentialDownloads {

	static final MediaType VC_JWT = MediaType.parseMediaType("application/vc+jwt");

	private final CertificateRepository certificates;
	private final LearnerIdentity learners;
	private final OpenBadges badges;
	private final CredentialSigner signer;
	private final PublicAddress address;

	CredentialDownloads(CertificateRepository certificates, LearnerIdentity learners, OpenBadges badges,
			CredentialSigner signer, PublicAddress address) {
		this.address = address;
		this.certificates = certificates;
		this.learners = learners;
		this.badges = badges;
		this.signer = signer;
	}

	@GetMapping(path = "/certificates/{id}/credential.json", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> showCredential(@PathVariable String id, HttpServletRequest request) {
		return badges.credential(visible(id, request));
	}

	@GetMapping(path = "/certificates/{id}/credential.jwt")
	ResponseEntity<String> downloadSigned(@PathVariable String id, HttpServletRequest request) {
		Certificate certificate = visible(id, request);
		return ResponseEntity.ok()
			.contentType(VC_JWT)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("certificate-" + certificate.courseSlug() + ".jwt").build().toString())
			.body(signer.sign(certificate));
	}

	private Certificate visible(String id, HttpServletRequest request) {
		address.requireForDocuments();
		return certificates.findById(id)
			.filter(certificate -> certificate.publicPage()
					|| learners.current(request).filter(certificate::ownedBy).isPresent())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "reason.noCertificate"));
	}
}
