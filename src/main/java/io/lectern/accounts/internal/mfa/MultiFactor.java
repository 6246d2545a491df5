package io.lectern.accounts.internal.mfa;

import io.lectern.accounts.LearnerDeleted;
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
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-step login with an authenticator app: setting it up (a secret the app reads from a QR code,
 * confirmed by a first code), checking codes at login (each code once), recovery codes, and turning
 * it off. Enrolment, removal and an admin's reset are security events.
 */
@Service
public class MultiFactor {

	/** How a code typed at login was taken. */
	public enum Check {
		CODE, RECOVERY_CODE, REPLAYED, WRONG;

		public boolean passed() {
			return this == CODE || this == RECOVERY_CODE;
		}
	}

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
	private final Clock clock;
	private final Totp totp = Totp.standard();
	private final SecureRandom random = new SecureRandom();

	MultiFactor(JdbcTemplate jdbc, SecretBox box, RecoveryCodes recoveryCodes, SecurityEventLog securityEvents,
			Clock clock) {
		this.jdbc = jdbc;
		this.box = box;
		this.recoveryCodes = recoveryCodes;
		this.securityEvents = securityEvents;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean isOn(String learnerId) {
		return jdbc.queryForObject("select count(*) from account_totp where learner_id = ? and confirmed_at is not null",
				Integer.class, learnerId) > 0;
	}

	@Transactional(readOnly = true)
	public int recoveryCodesLeft(String learnerId) {
		return recoveryCodes.left(learnerId);
	}

	/**
	 * The secret being set up for the account, made now if there is none yet; the same until it is
	 * confirmed, so that reloading the page does not change the QR code already scanned.
	 */
	@Transactional
	public Enrolment enrolment(String learnerId, String username) {
		if (isOn(learnerId)) {
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

	/**
	 * Checks a code typed at login: six digits are an app's code, anything else a recovery code. An
	 * app's code counts once: the step it belongs to is remembered, and it and every earlier step are
	 * refused after; a recovery code is used up.
	 */
	@Transactional
	public Check check(String learnerId, String typed) {
		String code = typed == null ? "" : typed.strip();
		if (code.replaceAll("\\s", "").matches("\\d{" + Totp.DIGITS + "}")) {
			List<Map<String, Object>> rows = jdbc.queryForList(
					"select secret, last_used_step from account_totp where learner_id = ? and confirmed_at is not null",
					learnerId);
			if (rows.isEmpty()) {
				return Check.WRONG;
			}
			OptionalLong step = totp.stepOf(box.open((String) rows.get(0).get("secret")), code, clock.instant());
			if (step.isEmpty()) {
				return Check.WRONG;
			}
			// Only one request can move the step on: a code sent twice at once passes once.
			int moved = jdbc.update("update account_totp set last_used_step = ? where learner_id = ? and last_used_step < ?",
					step.getAsLong(), learnerId, step.getAsLong());
			return moved == 1 ? Check.CODE : Check.REPLAYED;
		}
		return recoveryCodes.use(learnerId, code) ? Check.RECOVERY_CODE : Check.WRONG;
	}

	/**
	 * Ten new recovery codes for an account with two-step login on, returned to be shown once; the
	 * earlier ones, used or not, stop working at once.
	 */
	@Transactional
	public List<String> replaceRecoveryCodes(String learnerId, String username, String address) {
		if (!isOn(learnerId)) {
			throw new IllegalStateException("Recovery codes belong to two-step login, which is off");
		}
		List<String> codes = recoveryCodes.issue(learnerId);
		securityEvents.record(SecurityEventEntry.of(SecurityEventKind.RECOVERY_CODES_REPLACED, Outcome.SUCCEEDED)
			.account(username, learnerId)
			.from(address)
			.saying(codes.size() + " new codes, the earlier ones withdrawn"));
		return codes;
	}

	/** Turns two-step login off, with its recovery codes; {@code actor} is the admin who did it, or null for the owner. */
	@Transactional
	public boolean remove(String learnerId, String username, String actor, String address) {
		boolean wasOn = isOn(learnerId);
		forget(learnerId);
		if (wasOn) {
			securityEvents.record(SecurityEventEntry
				.of(actor == null ? SecurityEventKind.MFA_REMOVED : SecurityEventKind.MFA_RESET, Outcome.SUCCEEDED)
				.account(username, learnerId)
				.by(actor)
				.from(address));
		}
		return wasOn;
	}

	@EventListener
	void on(LearnerDeleted deleted) {
		forget(deleted.learnerId().value());
	}

	private void forget(String learnerId) {
		jdbc.update("delete from account_totp where learner_id = ?", learnerId);
		recoveryCodes.forget(learnerId);
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
