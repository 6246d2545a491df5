package io.lectern.certificates.internal.status;

import io.lectern.certificates.internal.PublicAddress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Base64;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.springframework.stereotype.Component;

/**
 * The revocation list every credential points to in its {@code credentialStatus}, as a W3C
 * Bitstring Status List credential: one bit per position, set when that certificate is revoked,
 * GZIP-compressed and base64url-encoded with the multibase prefix {@code u}, at least 131,072 bits
 * long so that a list says little about how many certificates there are. It is served signed, as
 * the credentials are (see {@code StatusListCredential}).
 */
@Component
public class StatusList {

	public static final String PATH = "/credentials/status/revocation";

	static final int MIN_BITS = 131_072;

	private final Revocations revocations;
	private final PublicAddress address;

	StatusList(Revocations revocations, PublicAddress address) {
		this.revocations = revocations;
		this.address = address;
	}

	public String id() {
		return address.of(PATH);
	}

	/** The list's subject, whose id the JWT's {@code sub} names. */
	public String subjectId() {
		return id() + "#list";
	}

	/** The list as it stands, valid from {@code now}: a {@code BitstringStatusListCredential} to be signed. */
	public Map<String, Object> credential(Instant now) {
		Map<String, Object> subject = new LinkedHashMap<>();
		subject.put("id", subjectId());
		subject.put("type", "BitstringStatusList");
		subject.put("statusPurpose", "revocation");
		subject.put("encodedList", encode(revocations.revoked()));
		Map<String, Object> list = new LinkedHashMap<>();
		list.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
		list.put("id", id());
		list.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
		list.put("issuer", address.of("/issuer"));
		list.put("validFrom", now.toString());
		list.put("credentialSubject", subject);
		return list;
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
