package io.lectern.certificates.internal.status;

import io.lectern.certificates.internal.PublicAddress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Base64;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The revocation list every credential points to in its {@code credentialStatus}, as a W3C
 * Bitstring Status List credential: one bit per position, set when that certificate is revoked,
 * GZIP-compressed and base64url-encoded with the multibase prefix {@code u}, at least 131,072 bits
 * long so that a list says little about how many certificates there are.
 */
@RestController
public class StatusList {

	public static final String PATH = "/credentials/status/revocation";

	static final int MIN_BITS = 131_072;

	private final Revocations revocations;
	private final PublicAddress address;
	private final Clock clock;

	StatusList(Revocations revocations, PublicAddress address, Clock clock) {
		this.revocations = revocations;
		this.address = address;
		this.clock = clock;
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> showStatusList() {
		address.requireForDocuments();
		Map<String, Object> subject = new LinkedHashMap<>();
		subject.put("id", address.of(PATH) + "#list");
		subject.put("type", "BitstringStatusList");
		subject.put("statusPurpose", "revocation");
		subject.put("encodedList", encode(revocations.revoked()));
		Map<String, Object> list = new LinkedHashMap<>();
		list.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
		list.put("id", address.of(PATH));
		list.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
		list.put("issuer", address.of("/issuer"));
		list.put("validFrom", clock.instant().toString());
		list.put("credentialSubject", subject);
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(list);
	}

	/** Bit 0 is the leftmost bit of the first byte, as the Bitstring Status List specification orders them. */
	static String encode(BitSet revoked) {
		byte[] bytes = new byte[(Math.max(MIN_BITS, revoked.length()) + 7) / 8];
		revoked.stream().forEach(index -> bytes[index / 8] |= (byte) (0x80 >>> (index % 8)));
		ByteArrayOutputStream zipped = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(zipped.toByteArray());
	}
}
