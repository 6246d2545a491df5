package io.lectern.accounts.internal.mfa;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Ten single-use codes that stand in for the authenticator app when it is lost: 16 characters
 * (about 79 bits) from an alphabet without look-alikes, shown once in groups of four. Each is kept
 * as a salted Argon2 hash, as ASVS asks of lookup secrets under 112 bits, and marked used the
 * moment it serves, by a statement that only one request can win.
 */
@Component
class RecoveryCodes {

	static final int COUNT = 10;

	private static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

	private static final int LENGTH = 16;

	private final JdbcTemplate jdbc;
	private final PasswordEncoder encoder;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	RecoveryCodes(JdbcTemplate jdbc, PasswordEncoder encoder, Clock clock) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.clock = clock;
	}

	/** New codes for the account, replacing any it had; the codes themselves are returned, never kept. */
	List<String> issue(String learnerId) {
		forget(learnerId);
		List<String> codes = new ArrayList<>(COUNT);
		for (int i = 0; i < COUNT; i++) {
			String code = newCode();
			jdbc.update("insert into account_recovery_code (learner_id, code_hash) values (?, ?)", learnerId,
					encoder.encode(code));
			codes.add(grouped(code));
		}
		return codes;
	}

	/** Uses up the code typed, if it is one of the account's unused codes; false otherwise, and for one used before. */
	boolean use(String learnerId, String typed) {
		String code = typed == null ? "" : typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
		if (code.length() != LENGTH) {
			return false;
		}
		for (Map<String, Object> row : jdbc.queryForList(
				"select id, code_hash from account_recovery_code where learner_id = ? and used_at is null", learnerId)) {
			if (encoder.matches(code, (String) row.get("code_hash"))) {
				return jdbc.update("update account_recovery_code set used_at = ? where id = ? and used_at is null",
						Timestamp.from(clock.instant()), row.get("id")) == 1;
			}
		}
		return false;
	}

	int left(String learnerId) {
		return jdbc.queryForObject("select count(*) from account_recovery_code where learner_id = ? and used_at is null",
				Integer.class, learnerId);
	}

	void forget(String learnerId) {
		jdbc.update("delete from account_recovery_code where learner_id = ?", learnerId);
	}

	private String newCode() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	private static String grouped(String code) {
		return String.join("-", code.substring(0, 4), code.substring(4, 8), code.substring(8, 12), code.substring(12));
	}
}
