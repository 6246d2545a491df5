package io.lectern.certificates.internal.credentials;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import io.lectern.certificates.internal.PublicAddress;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a verifier fetches to check a credential: the issuer's {@code Profile} at {@code /issuer},
 * each course's {@code Achievement} at {@code /achievements/{course}}, the public keys as a JWK set
 * at {@code /.well-known/jwks.json}, and each key alone at its {@code kid}.
 */
@RestController
class IssuerDocuments {

	private static final MediaType JWK = MediaType.parseMediaType("application/jwk+json");

	private static final MediaType JWK_SET = MediaType.parseMediaType("application/jwk-set+json");

	private final OpenBadges badges;
	private final SigningKeys keys;
	private final PublicAddress address;

	IssuerDocuments(OpenBadges badges, SigningKeys keys, PublicAddress address) {
		this.badges = badges;
		this.keys = keys;
		this.address = address;
	}

	@GetMapping(path = "/issuer", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> showIssuer() {
		address.requireForDocuments();
		return badges.profile();
	}

	@GetMapping(path = "/achievements/{courseSlug}", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> showAchievement(@PathVariable String courseSlug) {
		address.requireForDocuments();
		return badges.achievement(courseSlug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "reason.noAwardingCourse"));
	}

	@GetMapping(path = "/.well-known/jwks.json")
	ResponseEntity<Map<String, Object>> showKeys() {
		address.requireForDocuments();
		List<com.nimbusds.jose.jwk.JWK> published = List.copyOf(keys.published());
		return ResponseEntity.ok().contentType(JWK_SET).cacheControl(CacheControl.noCache())
			.body(new JWKSet(published).toJSONObject(true));
	}

	@GetMapping(path = "/issuer/keys/{thumbprint}")
	ResponseEntity<Map<String, Object>> showKey(@PathVariable String thumbprint) {
		address.requireForDocuments();
		RSAKey key = keys.published(thumbprint)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "reason.noKey"));
		return ResponseEntity.ok().contentType(JWK).body(key.toJSONObject());
	}
}
