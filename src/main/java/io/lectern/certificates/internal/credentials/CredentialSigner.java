package io.lectern.certificates.internal.credentials;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.lectern.certificates.internal.issuing.Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Signs a certificate's credential as Open Badges 3.0's JSON Web Token proof format: a compact
 * JWS, header {@code alg} RS256, {@code kid} the address of the public key and {@code typ} JWT
 * (no other header), the payload the credential itself with {@code iss} (the issuer's id),
 * {@code jti} (the credential's id), {@code nbf} (its {@code validFrom}) and {@code sub} (the
 * subject's id).
 */
@Component
public class CredentialSigner {

	private final SigningKeys keys;
	private final OpenBadges badges;

	CredentialSigner(SigningKeys keys, OpenBadges badges) {
		this.keys = keys;
		this.badges = badges;
	}

	public String sign(Certificate certificate) {
		return sign(badges.credential(certificate), badges.credentialId(certificate), certificate.issuedAt(),
				certificate.subjectId());
	}

	/**
	 * Any credential this portal issues, signed the same way: the revocation list is one too, and a
	 * verifier checks it with the same published keys.
	 */
	public String sign(Map<String, Object> credential, String id, Instant validFrom, String subject) {
		RSAKey key = keys.signing();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
		credential.forEach(claims::claim);
		claims.issuer(badges.issuerId()).jwtID(id).notBeforeTime(Date.from(validFrom)).subject(subject);
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keys.kidOf(key)).type(JOSEObjectType.JWT).build();
		SignedJWT jwt = new SignedJWT(header, claims.build());
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not sign the credential", ex);
		}
		return jwt.serialize();
	}
}
