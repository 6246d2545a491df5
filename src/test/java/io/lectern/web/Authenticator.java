package io.lectern.web;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * A learner's authenticator app, for tests: it holds the key typed from the enrolment page and
 * shows the 6-digit code of any moment, as an app on a phone would.
 */
public final class Authenticator {

	private static final Pattern KEY = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<");

	private final byte[] key;

	public Authenticator(String typedKey) {
		this.key = new Base32().decode(typedKey.replace(" ", ""));
	}

	/** The app set up by typing the key the set-up page shows. */
	public static Authenticator fromSetUpPage(String page) {
		Matcher key = KEY.matcher(page);
		if (!key.find()) {
			throw new AssertionError("No key on the set-up page: " + page);
		}
		return new Authenticator(key.group(1));
	}

	/** The code the app shows now. */
	public String now() {
		return at(Instant.now());
	}

	/** The code of the next 30-second step: the one to type after the current one was used. */
	public String next() {
		return at(Instant.now().plus(Duration.ofSeconds(30)));
	}

	public String at(Instant time) {
		try {
			int code = new TimeBasedOneTimePasswordGenerator().generateOneTimePassword(new SecretKeySpec(key, "HmacSHA1"), time);
			return String.format("%06d", code);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
