package io.lectern.certificates.internal.credentials;

import static io.lectern.certificates.internal.credentials.CredentialClaims.claimEquals;
import static io.lectern.certificates.internal.credentials.CredentialClaims.nested;
import static io.lectern.certificates.internal.credentials.CredentialClaims.text;
import static io.lectern.certificates.internal.credentials.CredentialClaims.validFrom;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.lectern.certificates.internal.PublicAddress;
import io.lectern.certificates.internal.issuing.Certificate;
import io.lectern.certificates.internal.issuing.CertificateRepository;
import io.lectern.certificates.internal.status.CertificateStatus;
import io.lectern.certificates.internal.status.Revocations;
import io.lectern.certificates.internal.status.StatusList;
import io.lectern.certificates.internal.credentials.Verdict.Check;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a credential as a third party would, for the {@code /verify} page: a signed credential
 * (VC-JWT) by its signature against the keys this portal publishes and by its claims; a
 * credential's JSON against this portal's record of it (it carries no signature of its own); a
 * certificate's address by the record there. Then, for each, whether it was revoked. It fetches
 * nothing from other sites: credentials issued elsewhere are said to be so, not checked.
 */
@Service
public class CredentialCheck {

	private final SigningKeys keys;
	private final OpenBadges badges;
	private final CertificateRepository certificates;
	private final Revocations revocations;
	private final PublicAddress address;
	private final JsonMapper json = JsonMapper.builder().build();

	CredentialCheck(SigningKeys keys, OpenBadges badges, CertificateRepository certificates, Revocations revocations,
			PublicAddress address) {
		this.keys = keys;
		this.badges = badges;
		this.certificates = certificates;
		this.revocations = revocations;
		this.address = address;
	}

	public Verdict check(String given) {
		String text = given.strip();
		if (!address.configured()) {
			return Verdict.refused("verify.check.notIssuing");
		}
		if (text.isEmpty()) {
			return Verdict.refused("verify.check.empty");
		}
		if (text.startsWith("http://") || text.startsWith("https://")) {
			return byAddress(text);
		}
		if (text.startsWith("{")) {
			return byJson(text);
		}
		return bySignature(text);
	}

	private Verdict bySignature(String text) {
		SignedJWT jwt;
		Map<String, Object> claims;
		java.util.Date notBefore;
		try {
			jwt = SignedJWT.parse(text);
			claims = jwt.getJWTClaimsSet().getClaims();
			notBefore = jwt.getJWTClaimsSet().getNotBeforeTime();
		}
		catch (ParseException ex) {
			return Verdict.refused("verify.check.unreadable");
		}
		if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
			return Verdict.refused("verify.check.algorithm", jwt.getHeader().getAlgorithm().getName());
		}
		Optional<RSAKey> key = keys.published().stream()
			.filter(published -> published.getKeyID().equals(jwt.getHeader().getKeyID()))
			.findFirst();
		if (key.isEmpty()) {
			return Verdict.refused("verify.check.unknownKey");
		}
		try {
			if (!jwt.verify(new RSASSAVerifier(key.get()))) {
				return Verdict.refused("verify.check.signatureBroken");
			}
		}
		catch (JOSEException ex) {
			return Verdict.refused("verify.check.signatureUncheckable");
		}
		List<Check> checks = new ArrayList<>();
		checks.add(new Check(true, "verify.check.signature", key.get().getKeyID()));
		checks.add(new Check(badges.issuerId().equals(claims.get("iss")) && claimEquals(claims, "issuer", "id", claims.get("iss")),
				"verify.check.issuer", badges.issuerId()));
		checks.add(new Check(Objects.equals(claims.get("jti"), claims.get("id")), "verify.check.jwtId"));
		checks.add(new Check(claimEquals(claims, "credentialSubject", "id", claims.get("sub")),
				"verify.check.jwtSubject"));
		checks.add(new Check(notBefore != null
				&& validFrom(claims).map(from -> from.getEpochSecond() == notBefore.toInstant().getEpochSecond()).orElse(false),
				"verify.check.jwtValidFrom"));
		checks.add(new Check(validFrom(claims).map(from -> !from.isAfter(Instant.now())).orElse(false), "verify.check.validFrom"));
		return describe(checks, claims, statusIndex(claims));
	}

	private Verdict byJson(String text) {
		Map<String, Object> credential;
		try {
			credential = json.readValue(text, Map.class);
		}
		catch (JacksonException ex) {
			return Verdict.refused("verify.check.notJson");
		}
		Optional<Certificate> record = ownId(String.valueOf(credential.get("id"))).flatMap(certificates::findById);
		if (record.isEmpty()) {
			return Verdict.refused("verify.check.noRecord");
		}
		Map<String, Object> ours = badges.credential(record.get());
		List<Check> checks = new ArrayList<>();
		checks.add(new Check(true, "verify.check.unsigned"));
		checks.add(new Check(same(credential, ours), same(credential, ours) ? "verify.check.matches"
				: "verify.check.differs"));
		return describe(checks, ours, Optional.of(record.get().statusIndex()));
	}

	private Verdict byAddress(String text) {
		Optional<Certificate> record = ownId(text.replaceAll("[?#].*$", "").replaceAll("/$", ""))
			.flatMap(certificates::findById)
			.filter(Certificate::publicPage);
		if (record.isEmpty()) {
			return Verdict.refused("verify.check.noAddress");
		}
		List<Check> checks = List.of(new Check(true, "verify.check.byAddress"));
		return describe(checks, badges.credential(record.get()), Optional.of(record.get().statusIndex()));
	}

	private Verdict describe(List<Check> checks, Map<String, Object> credential, Optional<Long> statusIndex) {
		Optional<CertificateStatus> status = statusIndex.flatMap(revocations::statusAt);
		List<Check> all = new ArrayList<>(checks);
		if (status.isEmpty()) {
			all.add(new Check(false, "verify.check.noStatus"));
		}
		Optional<String> revoked = status.filter(CertificateStatus::revoked)
			.map(found -> found.reason().orElse(""));
		return new Verdict(all, nested(credential, "credentialSubject", "identifier").flatMap(CredentialClaims::identityName),
				nested(credential, "credentialSubject", "achievement").flatMap(achievement -> text(achievement, "name")),
				validFrom(credential), nested(credential, "issuer").flatMap(issuer -> text(issuer, "name")), revoked);
	}

	private Optional<String> ownId(String credentialId) {
		String prefix = address.of("/certificates/");
		return credentialId.startsWith(prefix) && credentialId.length() > prefix.length()
				? Optional.of(credentialId.substring(prefix.length())) : Optional.empty();
	}

	/** The position the credential's status entry names, when it names this portal's list. */
	private Optional<Long> statusIndex(Map<String, Object> credential) {
		return nested(credential, "credentialStatus")
			.filter(entry -> address.of(StatusList.PATH).equals(((Map<?, ?>) entry).get("statusListCredential")))
			.flatMap(entry -> text(entry, "statusListIndex"))
			.flatMap(index -> {
				try {
					return Optional.of(Long.parseLong(index));
				}
				catch (NumberFormatException ex) {
					return Optional.empty();
				}
			});
	}

	/**
	 * Whether the pasted credential says what the record says: its id, issuer, date, subject, printed
	 * name and course (title, version, achievement). The course's description is left out, since the
	 * portal describes the course as it is now and a credential downloaded earlier may describe it as it was.
	 */
	private boolean same(Map<String, Object> given, Map<String, Object> ours) {
		List<List<String>> claims = List.of(List.of("id"), List.of("validFrom"), List.of("issuer", "id"),
				List.of("credentialSubject", "id"), List.of("credentialSubject", "identifier"),
				List.of("credentialSubject", "achievement", "id"), List.of("credentialSubject", "achievement", "name"),
				List.of("credentialSubject", "achievement", "version"), List.of("credentialStatus"));
		return claims.stream().allMatch(path -> {
			String[] keys = path.toArray(String[]::new);
			Optional<Object> theirs = nested(given, keys);
			return theirs.isPresent() && json.valueToTree(theirs.get()).equals(json.valueToTree(nested(ours, keys).orElse(null)));
		});
	}
}
