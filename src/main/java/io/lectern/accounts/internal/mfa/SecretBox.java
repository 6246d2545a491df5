package io.lectern.accounts.internal.mfa;

import org.apache.commons.codec.binary.Base32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.codec.Hex;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.stereotype.Component;

/**
 * How TOTP secrets are kept in the database. With {@code lectern.security.mfa-secret-key} set
 * (environment variable {@code LECTERN_SECURITY_MFA_SECRET_KEY}), each is encrypted with AES-256
 * in GCM mode under a key derived from it (Spring Security's {@code Encryptors.stronger}), so a copy
 * of the database or a backup alone cannot produce codes. Without it, secrets are stored as they
 * are and a warning says so at start-up. Each value names its scheme, so secrets stored before a
 * key was set still work, and new ones are encrypted.
 */
@Component
class SecretBox {

	private static final Logger log = LoggerFactory.getLogger(SecretBox.class);

	private static final String ENCRYPTED = "{aes-gcm}";

	private static final String PLAIN = "{plain}";

	/** The key is what is secret; a fixed salt only sets this use of it apart. */
	private static final String SALT = "6c65637465726e2d746f7470";

	private final BytesEncryptor encryptor;

	SecretBox(@Value("${lectern.security.mfa-secret-key:}") String key) {
		this.encryptor = key.isBlank() ? null : Encryptors.stronger(key, SALT);
		if (encryptor == null) {
			log.warn("lectern.security.mfa-secret-key is not set: TOTP secrets are stored unencrypted in the database");
		}
	}

	String seal(byte[] secret) {
		return encryptor == null ? PLAIN + new Base32().encodeToString(secret)
				: ENCRYPTED + new String(Hex.encode(encryptor.encrypt(secret)));
	}

	byte[] open(String sealed) {
		if (sealed.startsWith(PLAIN)) {
			return new Base32().decode(sealed.substring(PLAIN.length()));
		}
		if (sealed.startsWith(ENCRYPTED)) {
			if (encryptor == null) {
				throw new IllegalStateException("A TOTP secret is encrypted but lectern.security.mfa-secret-key is not set");
			}
			return encryptor.decrypt(Hex.decode(sealed.substring(ENCRYPTED.length())));
		}
		throw new IllegalStateException("A TOTP secret is stored in an unknown form");
	}
}
