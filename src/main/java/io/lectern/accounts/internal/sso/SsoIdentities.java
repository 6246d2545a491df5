package io.lectern.accounts.internal.sso;

import io.lectern.accounts.LearnerDeleted;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which account each identity at a provider opens: issuer and subject, as OpenID Connect defines
 * an end-user once and for all. Forgotten with the account.
 */
@Component
class SsoIdentities {

	private final JdbcTemplate jdbc;
	private final Clock clock;

	SsoIdentities(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The learner this identity logs in, noting the login; empty when it opens no account yet. */
	@Transactional
	Optional<String> logIn(ProviderLogin login) {
		List<String> found = jdbc.queryForList(
				"select learner_id from account_sso_identity where issuer = ? and subject = ?", String.class, login.issuer(),
				login.subject());
		found.forEach(learnerId -> jdbc.update(
				"update account_sso_identity set last_login_at = ? where issuer = ? and subject = ?",
				Timestamp.from(clock.instant()), login.issuer(), login.subject()));
		return found.stream().findFirst();
	}

	/** The account this identity opens, if any, noting nothing: for a login that confirms, not one that opens. */
	@Transactional(readOnly = true)
	Optional<String> learnerOf(String issuer, String subject) {
		return jdbc.queryForList("select learner_id from account_sso_identity where issuer = ? and subject = ?", String.class,
				issuer, subject).stream().findFirst();
	}

	/** The registration names of the providers whose identities open this account. */
	@Transactional(readOnly = true)
	List<String> providersOf(String learnerId) {
		return jdbc.queryForList("select distinct provider from account_sso_identity where learner_id = ? order by provider",
				String.class, learnerId);
	}

	/** Makes the identity open this account from now on. */
	@Transactional
	void link(ProviderLogin login, String learnerId) {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.update("insert into account_sso_identity (learner_id, issuer, subject, provider, linked_at, last_login_at)"
				+ " values (?, ?, ?, ?, ?, ?)", learnerId, login.issuer(), login.subject(), login.registrationId(), now, now);
	}

	@EventListener
	void on(LearnerDeleted deleted) {
		jdbc.update("delete from account_sso_identity where learner_id = ?", deleted.learnerId().value());
	}
}
