package io.lectern.accounts.internal.mfa;

import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.commons.codec.binary.Base32;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up two-step login: a secret the authenticator app reads from a QR code, kept sealed until
 * a first code proves the app holds it, which turns two-step login on and issues the recovery codes.
 * Apart from {@link MultiFactor}, which checks codes once it is on, because this is the only place a
 * secret is made or shown, and it is shown only here, before it is confirmed. Enrolment is a
 * security event.
 */
@Service
public class AuthenticatorEnrolment {

	/** What the enrolment page shows: the secret to type, in groups of four, and the same as a QR code. */
	public record Enrolment(String typedSecret, String qrCode) {
	}

	/** The name apps show beside the account's codes. */
	static final String ISSUER = "Lectern";

	/** 160 bits, the length of an HMAC-SHA1 key, as RFC 4226 recommends. */
	private static final int SECRET_BYTES = 20;

	private final JdbcTemplate jdbc;
	private final SecretBox box;
	private final RecoveryCodes recoveryCodes;
	private final SecurityEventLog securityEvents;
	private final MultiFactor multiFactor;
	private final Clock clock;
	private final Totp totp = Totp.standard();
	private final SecureRandom random = new SecureRandom();

	AuthenticatorEnrolment(JdbcTemplate jdbc, SecretBox box, RecoveryCodes recoveryCodes, SecurityEventLog securityEvents,
			MultiFactor multiFactor, Clock clock) {
		this.jdbc = jdbc;
		this.box = box;
		this.recoveryCodes = recoveryCodes;
		this.securityEvents = securityEvents;
		this.multiFactor = multiFactor;
		this.clock = clock;
	}

	/**
	 * The secret being set up for the account, made now if there is none yet; the same until it is
	 * confirmed, so that reloading the page does not change the QR code already scanned.
	 */
	@Transactional
	public Enrolment enrolment(String learnerId, String username) {
		if (multiFactor.isOn(learnerId)) {
			throw new IllegalStateException("Two-step login is already on; its secret is never shown again");
		}
		List<String> pending = jdbc.queryForList("select secret from account_totp where learner_id = ?", String.class,
				learnerId);
		byte[] secret;
		if (pending.isEmpty()) {
			secret = new byte[SECRET_BYTES];
			random.nextBytes(secret);
			jdbc.update("insert into account_totp (learner_id, secret, created_at, last_used_step) values (?, ?, ?, -1)",
					learnerId, box.seal(secret), Timestamp.from(clock.instant()));
		}
		else {
			secret = box.open(pending.get(0));
		}
		String base32 = new Base32().encodeToString(secret).replace("=", "");
		return new Enrolment(base32.replaceAll("(.{4})(?!$)", "$1 "), QrCodeSvg.of(uri(username, base32),
				"QR code to scan with an authenticator app, holding the same key as the letters below"));
	}

	/**
	 * Turns two-step login on when the code proves the app holds the secret; the recovery codes it
	 * returns are shown once. Empty when the code is wrong or no set-up is under way.
	 */
	@Transactional
	public Optional<List<String>> confirm(String learnerId, String username, String code, String address) {
		List<Map<String, Object>> pending = jdbc.queryForList(
				"select secret from account_totp where learner_id = ? and confirmed_at is null", learnerId);
		if (pending.isEmpty()) {
			return Optional.empty();
		}
		OptionalLong step = totp.stepOf(box.open((String) pending.get(0).get("secret")), code, clock.instant());
		if (step.isEmpty()) {
			return Optional.empty();
		}
		jdbc.update("update account_totp set confirmed_at = ?, last_used_step = ? where learner_id = ?",
				Timestamp.from(clock.instant()), step.getAsLong(), learnerId);
		List<String> codes = recoveryCodes.issue(learnerId);
		securityEvents.record(SecurityEventEntry.of(SecurityEventKind.MFA_ENROLLED, Outcome.SUCCEEDED)
			.account(username, learnerId)
			.from(address)
			.saying("authenticator app, " + codes.size() + " recovery codes"));
		return Optional.of(codes);
	}

	/** The key URI format authenticator apps read: otpauth://totp/Issuer:name?secret=...&issuer=Issuer. */
	private static String uri(String username, String base32) {
		String label = encode(ISSUER + ":" + username);
		return "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + encode(ISSUER) + "&algorithm=SHA1&digits="
				+ Totp.DIGITS + "&period=" + Totp.STEP.toSeconds();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
