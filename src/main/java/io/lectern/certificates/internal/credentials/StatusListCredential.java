package io.lectern.certificates.internal.credentials;

import io.lectern.certificates.internal.PublicAddress;
import io.lectern.certificates.internal.status.StatusList;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The revocation list at the address every credential's {@code credentialStatus} names, served as
 * a verifiable credential of its own: the {@code BitstringStatusListCredential} signed as a VC-JWT
 * with the key that signs certificates (Bitstring Status List 1.0 asks that a verifier check the
 * list's proof before reading a bit). Made afresh on each request, so a revocation shows at once.
 */
@RestController
class StatusListCredential {

	private final StatusList list;
	private final CredentialSigner signer;
	private final PublicAddress address;
	private final Clock clock;

	StatusListCredential(StatusList list, CredentialSigner signer, PublicAddress address, Clock clock) {
		this.list = list;
		this.signer = signer;
		this.address = address;
		this.clock = clock;
	}

	@GetMapping(StatusList.PATH)
	ResponseEntity<String> showStatusList() {
		address.requireForDocuments();
		// Whole seconds, so that the JWT's nbf and the credential's validFrom are the same instant.
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		String signed = signer.sign(list.credential(now), list.id(), now, list.subjectId());
		return ResponseEntity.ok().contentType(CredentialDownloads.VC_JWT).cacheControl(CacheControl.noCache()).body(signed);
	}
}
