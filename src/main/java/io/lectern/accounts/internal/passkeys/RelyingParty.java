package io.lectern.accounts.internal.passkeys;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The portal as a WebAuthn relying party, to Spring Security's passkey filters. Its id (the host
 * name passkeys are bound to) and the one origin it accepts come from {@code lectern.public-url}
 * when it is set, otherwise from the request, as the portal sees its own address (behind a proxy,
 * with {@code server.forward-headers-strategy}). Passkeys are discoverable and always verify their
 * user (a PIN or a fingerprint), so a passkey alone is two factors: something held and something
 * known or been.
 */
class RelyingParty implements WebAuthnRelyingPartyOperations {

	static final String NAME = "Lectern";

	/** Enough for a portal reached under a few names; beyond it, each request builds its own. */
	private static final int KEPT = 8;

	private final PublicKeyCredentialUserEntityRepository userEntities;
	private final UserCredentialRepository credentials;
	private final URI publicUrl;
	private final Map<String, WebAuthnRelyingPartyOperations> byOrigin = new ConcurrentHashMap<>();

	RelyingParty(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials,
			String publicUrl) {
		this.userEntities = userEntities;
		this.credentials = credentials;
		this.publicUrl = publicUrl.isBlank() ? null : URI.create(publicUrl.strip());
	}

	@Override
	public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
			PublicKeyCredentialCreationOptionsRequest request) {
		return current().createPublicKeyCredentialCreationOptions(request);
	}

	@Override
	public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
		return current().registerCredential(request);
	}

	@Override
	public PublicKeyCredentialRequestOptions createCredentialRequestOptions(PublicKeyCredentialRequestOptionsRequest request) {
		return current().createCredentialRequestOptions(request);
	}

	@Override
	public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
		return current().authenticate(request);
	}

	private WebAuthnRelyingPartyOperations current() {
		URI origin = publicUrl != null ? publicUrl : requestOrigin();
		String key = origin.getScheme() + "://" + origin.getHost() + (origin.getPort() == -1 ? "" : ":" + origin.getPort());
		WebAuthnRelyingPartyOperations kept = byOrigin.get(key);
		if (kept != null) {
			return kept;
		}
		WebAuthnRelyingPartyOperations made = operations(origin.getHost(), key);
		if (byOrigin.size() < KEPT) {
			byOrigin.putIfAbsent(key, made);
		}
		return made;
	}

	private WebAuthnRelyingPartyOperations operations(String id, String origin) {
		Webauthn4JRelyingPartyOperations operations = new Webauthn4JRelyingPartyOperations(userEntities, credentials,
				PublicKeyCredentialRpEntity.builder().id(id).name(NAME).build(), Set.of(origin));
		operations.setCustomizeCreationOptions(options -> options.authenticatorSelection(AuthenticatorSelectionCriteria
			.builder()
			.residentKey(ResidentKeyRequirement.REQUIRED)
			.userVerification(UserVerificationRequirement.REQUIRED)
			.build()));
		operations.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
		return operations;
	}

	private static URI requestOrigin() {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
		int port = request.getServerPort();
		boolean usual = ("https".equals(request.getScheme()) && port == 443) || ("http".equals(request.getScheme()) && port == 80);
		return URI.create(request.getScheme() + "://" + request.getServerName() + (usual ? "" : ":" + port));
	}
}
