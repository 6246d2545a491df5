package io.lectern.accounts.internal.mfa;

import io.lectern.accounts.LearnerDeleted;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-step login with an authenticator app once it is on: checking codes at login (each code once),
 * recovery codes, and turning it off. Setting it up is {@link AuthenticatorEnrolment}'s. Removal and
 * an admin's reset are security events.
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

	private final JdbcTemplate jdbc;
	private final SecretBox box;
	private final RecoveryCodes recoveryCodes;
	private final SecurityEventLog securityEvents;
	private final Clock clock;
	private final Totp totp = Totp.standard();

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
}
