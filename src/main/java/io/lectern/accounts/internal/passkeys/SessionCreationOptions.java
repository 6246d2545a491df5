package io.lectern.accounts.internal.passkeys;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * Keeps a registration's options in the HTTP session between the options and the registration, as
 * Spring Security's own repository does, but as a serializable copy: its options are not
 * {@link Serializable}, and sessions kept in the database (Spring Session JDBC, the postgres
 * profile) must serialize every attribute. The copy holds what checking the registration reads:
 * the relying party, the user, the challenge, the algorithms and the user verification asked for.
 */
class SessionCreationOptions implements PublicKeyCredentialCreationOptionsRepository {

	static final String ATTRIBUTE = "lectern.passkeys.creation-options";

	private static final List<PublicKeyCredentialParameters> ALGORITHMS = List.of(PublicKeyCredentialParameters.EdDSA,
			PublicKeyCredentialParameters.ES256, PublicKeyCredentialParameters.ES384, PublicKeyCredentialParameters.ES512,
			PublicKeyCredentialParameters.RS256, PublicKeyCredentialParameters.RS384, PublicKeyCredentialParameters.RS512,
			PublicKeyCredentialParameters.RS1);

	/** What is kept: the options' parts that matter to the check, as plain values. */
	record Saved(String rpId, String rpName, byte[] userId, String userName, String userDisplayName, byte[] challenge,
			List<Long> algorithms, Duration timeout, String residentKey, String userVerification) implements Serializable {
	}

	@Override
	public void save(HttpServletRequest request, HttpServletResponse response, PublicKeyCredentialCreationOptions options) {
		if (options == null) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.removeAttribute(ATTRIBUTE);
			}
			return;
		}
		AuthenticatorSelectionCriteria selection = options.getAuthenticatorSelection();
		request.getSession().setAttribute(ATTRIBUTE, new Saved(options.getRp().getId(), options.getRp().getName(),
				options.getUser().getId().getBytes(), options.getUser().getName(), options.getUser().getDisplayName(),
				options.getChallenge().getBytes(),
				options.getPubKeyCredParams().stream().map(parameters -> parameters.getAlg().getValue()).toList(),
				options.getTimeout(), selection.getResidentKey().getValue(), selection.getUserVerification().getValue()));
	}

	@Override
	public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Saved saved)) {
			return null;
		}
		return PublicKeyCredentialCreationOptions.builder()
			.rp(PublicKeyCredentialRpEntity.builder().id(saved.rpId()).name(saved.rpName()).build())
			.user(ImmutablePublicKeyCredentialUserEntity.builder()
				.id(new Bytes(saved.userId()))
				.name(saved.userName())
				.displayName(saved.userDisplayName())
				.build())
			.challenge(new Bytes(saved.challenge()))
			.pubKeyCredParams(ALGORITHMS.stream().filter(known -> saved.algorithms().contains(known.getAlg().getValue())).toList())
			.timeout(saved.timeout())
			.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
				.residentKey(ResidentKeyRequirement.valueOf(saved.residentKey()))
				.userVerification(userVerification(saved.userVerification()))
				.build())
			.build();
	}

	private static UserVerificationRequirement userVerification(String value) {
		return Stream.of(UserVerificationRequirement.REQUIRED, UserVerificationRequirement.PREFERRED,
				UserVerificationRequirement.DISCOURAGED)
			.filter(requirement -> requirement.getValue().equals(value))
			.findFirst()
			.orElse(UserVerificationRequirement.REQUIRED);
	}
}
