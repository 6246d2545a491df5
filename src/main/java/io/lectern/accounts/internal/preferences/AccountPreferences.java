package io.lectern.accounts.internal.preferences;

import io.lectern.accounts.LearnerId;
import io.lectern.accounts.LearnerPreferences;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two columns of the account row that hold the learner's choices. Read and written by the
 * learner id alone, apart from the account entity, so a choice never races a password change.
 */
@Service
class AccountPreferences implements LearnerPreferences {

	private final JdbcClient jdbc;

	AccountPreferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Preferences of(LearnerId learnerId) {
		return jdbc.sql("SELECT interface_language, time_zone FROM account WHERE public_id = ?")
			.param(learnerId.value())
			.query((row, n) -> new Preferences(language(row.getString(1)), zone(row.getString(2))))
			.optional()
			.orElse(Preferences.NONE);
	}

	@Override
	@Transactional
	public void save(LearnerId learnerId, Preferences preferences) {
		jdbc.sql("UPDATE account SET interface_language = ?, time_zone = ? WHERE public_id = ?")
			.param(preferences.language().map(Locale::toLanguageTag).orElse(null))
			.param(preferences.timeZone().map(ZoneId::getId).orElse(null))
			.param(learnerId.value())
			.update();
	}

	private static Optional<Locale> language(String tag) {
		return tag == null || tag.isBlank() ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag));
	}

	/** A zone the runtime no longer knows (renamed in a tz update) falls back to UTC rather than failing. */
	private static Optional<ZoneId> zone(String id) {
		if (id == null || id.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(ZoneId.of(id));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}
}
