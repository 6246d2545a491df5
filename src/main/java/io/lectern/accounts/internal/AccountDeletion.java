package io.lectern.accounts.internal;

import io.lectern.accounts.LearnerDeleted;
import io.lectern.accounts.LearnerId;
import io.lectern.accounts.SecurityEvents;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import io.lectern.accounts.internal.sessions.AccountSessions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learner's rights over their own data: deleting the account, with everything the other modules
 * keep about them, and the record that they exported it. Both leave an entry in the security log,
 * and deletion reaches into every module by its event, so it lives apart from the everyday account
 * changes.
 */
@Service
public class AccountDeletion implements SecurityEvents {

	private final AccountRepository accounts;
	private final PasswordEncoder encoder;
	private final ApplicationEventPublisher events;
	private final SecurityEventLog securityEvents;
	private final AccountSessions sessions;

	AccountDeletion(AccountRepository accounts, PasswordEncoder encoder, ApplicationEventPublisher events,
			SecurityEventLog securityEvents, AccountSessions sessions) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.events = events;
		this.securityEvents = securityEvents;
		this.sessions = sessions;
	}

	/**
	 * Deletes the account once the password proves it is its owner asking, and tells the other
	 * modules to delete what they keep about the learner, in the same transaction.
	 *
	 * @throws AccountRefused when the password is wrong; nothing changed but the record of the refusal,
	 *     which is kept
	 */
	@Transactional(noRollbackFor = AccountRefused.class)
	public void delete(String learnerId, String password, String address) {
		Account account = accounts.findByPublicId(learnerId).orElseThrow(AccountNotFound::new);
		SecurityEventEntry deletion = SecurityEventEntry.of(SecurityEventKind.ACCOUNT_DELETED, Outcome.SUCCEEDED)
			.account(account.username(), learnerId)
			.from(address);
		if (password == null || !encoder.matches(password, account.passwordHash())) {
			securityEvents.record(deletion.ended(Outcome.FAILED).saying("wrong password"));
			throw new AccountRefused("password", AccountWords.problem("account.problem.wrongPasswordDelete"));
		}
		erase(account, deletion);
	}

	/** As {@link #delete}, for an owner who just logged in again at their single sign-on provider. */
	@Transactional
	public void deleteConfirmed(String learnerId, String provider, String address) {
		Account account = accounts.findByPublicId(learnerId).orElseThrow(AccountNotFound::new);
		erase(account, SecurityEventEntry.of(SecurityEventKind.ACCOUNT_DELETED, Outcome.SUCCEEDED)
			.account(account.username(), learnerId)
			.from(address)
			.saying("confirmed by logging in again with " + provider));
	}

	private void erase(Account account, SecurityEventEntry deletion) {
		String learnerId = account.publicId();
		accounts.delete(account);
		sessions.endAll(learnerId);
		events.publishEvent(new LearnerDeleted(LearnerId.of(learnerId)));
		securityEvents.record(deletion);
	}

	/** Not in a read-only transaction, which cannot hold the record ({@link SecurityEventLog}). */
	@Override
	public void dataExported(LearnerId learnerId, String address) {
		securityEvents.record(SecurityEventEntry.of(SecurityEventKind.DATA_EXPORTED, Outcome.SUCCEEDED)
			.account(accounts.findByPublicId(learnerId.value()).map(Account::username).orElse(null), learnerId.value())
			.from(address));
	}
}
