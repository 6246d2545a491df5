package io.lectern.accounts.internal;

import io.lectern.accounts.Accounts;
import io.lectern.accounts.LearnerDeleted;
import io.lectern.accounts.LearnerId;
import io.lectern.accounts.Role;
import io.lectern.accounts.SecurityEvents;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import io.lectern.accounts.internal.sessions.AccountSessions;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSourceResolvable;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers accounts, changes their roles and deletes them, each in one transaction. */
@Service
public class AccountService implements Accounts, SecurityEvents {

	static final int MAX_DISPLAY_NAME = 80;

	static final int MAX_EMAIL = 254;

	/** Something, an @, and a domain with a dot: whether it is real is for the confirmation link to show. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

	private final AccountRepository accounts;
	private final PasswordPolicy policy;
	private final PasswordEncoder encoder;
	private final ApplicationEventPublisher events;
	private final SecurityEventLog securityEvents;
	private final AccountSessions sessions;
	private final Clock clock;

	AccountService(AccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder,
			ApplicationEventPublisher events, SecurityEventLog securityEvents, AccountSessions sessions, Clock clock) {
		this.accounts = accounts;
		this.policy = policy;
		this.encoder = encoder;
		this.events = events;
		this.securityEvents = securityEvents;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * Opens a learner account.
	 *
	 * @throws AccountRefused naming each field that breaks a rule, or a username that is taken
	 */
	@Transactional
	public Account register(String username, String displayName, String password) {
		return register(username, displayName, password, "");
	}

	/**
	 * Opens a learner account with an e-mail address, unconfirmed, or none when blank.
	 *
	 * @throws AccountRefused naming each field that breaks a rule, or a username that is taken
	 */
	@Transactional
	public Account register(String username, String displayName, String password, String email) {
		Map<String, MessageSourceResolvable> problems = new LinkedHashMap<>();
		String name = displayName == null ? "" : displayName.strip();
		if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_DISPLAY_NAME) {
			problems.put("displayName", AccountWords.problem("account.problem.displayName", MAX_DISPLAY_NAME));
		}
		Optional<Username> parsed = Username.parse(username);
		if (parsed.isEmpty()) {
			problems.put("username", AccountWords.problem("account.problem.username"));
		}
		policy.problemWith(password).ifPresent(problem -> problems.put("password", problem));
		String address = email == null ? "" : email.strip();
		problemWithEmail(address).ifPresent(problem -> problems.put("email", problem));
		if (parsed.isPresent() && accounts.findByUsername(parsed.get().value()).isPresent()) {
			problems.put("username", AccountWords.problem("account.problem.usernameTaken"));
		}
		if (!problems.isEmpty()) {
			throw new AccountRefused(problems);
		}
		Account account = Account.register(parsed.get(), name, encoder.encode(password), clock.instant());
		if (!address.isEmpty()) {
			account.changeEmail(address);
		}
		try {
			return accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException sameNameAtTheSameMoment) {
			throw new AccountRefused("username", AccountWords.problem("account.problem.usernameTaken"));
		}
	}

	/**
	 * Replaces the password once the current one proves it is the owner asking; the new one must
	 * pass the same policy as at registration.
	 *
	 * @throws AccountRefused naming {@code currentPassword} or {@code newPassword}
	 */
	@Transactional
	public Account changePassword(String learnerId, String currentPassword, String newPassword) {
		Account account = accounts.findByPublicId(learnerId).orElseThrow(AccountNotFound::new);
		if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
			throw new AccountRefused("currentPassword", AccountWords.problem("account.problem.wrongCurrentPassword"));
		}
		return replacePassword(account, newPassword);
	}

	/**
	 * As {@link #changePassword}, for an owner who proved who they are by logging in again at their
	 * single sign-on provider just now: how an account that provider opened gets a password.
	 *
	 * @throws AccountRefused naming {@code newPassword}
	 */
	@Transactional
	public Account changePasswordConfirmed(String learnerId, String newPassword) {
		return replacePassword(accounts.findByPublicId(learnerId).orElseThrow(AccountNotFound::new), newPassword);
	}

	private Account replacePassword(Account account, String newPassword) {
		policy.problemWith(newPassword).ifPresent(problem -> {
			throw new AccountRefused("newPassword", problem);
		});
		account.changePassword(encoder.encode(newPassword));
		return account;
	}

	/**
	 * Sets a new password without the old one, for a reset link already checked, and ends every
	 * session of the account.
	 *
	 * @throws AccountRefused naming {@code newPassword}
	 */
	@Transactional
	public Account resetPassword(String username, String newPassword) {
		Account account = accounts.findByUsername(username).orElseThrow(AccountNotFound::new);
		policy.problemWith(newPassword).ifPresent(problem -> {
			throw new AccountRefused("newPassword", problem);
		});
		account.changePassword(encoder.encode(newPassword));
		sessions.endAll(account.publicId());
		return account;
	}

	/** Whether this is the account's password: for asking again before something sensitive. */
	@Transactional(readOnly = true)
	public boolean isPasswordOf(String learnerId, String password) {
		return password != null && accounts.findByPublicId(learnerId)
			.filter(account -> encoder.matches(password, account.passwordHash()))
			.isPresent();
	}

	/** The new password's problem under the policy, if any, before a reset link is used up. */
	public Optional<MessageSourceResolvable> problemWithPassword(String password) {
		return policy.problemWith(password);
	}

	/**
	 * The accounts a "forgot your password" request names: by username, or by a confirmed e-mail
	 * address. Only accounts with a confirmed address can be sent a link.
	 */
	@Transactional(readOnly = true)
	public List<Account> recoverable(String usernameOrEmail) {
		String typed = usernameOrEmail == null ? "" : usernameOrEmail.strip();
		List<Account> found = typed.contains("@") ? accounts.findByConfirmedEmail(typed)
				: Username.parse(typed).flatMap(name -> accounts.findByUsername(name.value())).stream().toList();
		return found.stream().filter(Account::emailConfirmed).toList();
	}

	/**
	 * Gives the account a new e-mail address, unconfirmed, or none when blank, once the current
	 * password proves it is the owner asking: the address can reset the password.
	 *
	 * @throws AccountRefused naming {@code currentPassword}, or {@code email} when it does not look like an address
	 */
	@Transactional
	public Account changeEmail(String learnerId, String currentPassword, String email) {
		Account account = accounts.findByPublicId(learnerId).orElseThrow(AccountNotFound::new);
		if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
			throw new AccountRefused("currentPassword", AccountWords.problem("account.problem.wrongCurrentPassword"));
		}
		return replaceEmail(account, email);
	}

	/** As {@link #changeEmail}, for an owner who just logged in again at their single sign-on provider. */
	@Transactional
	public Account changeEmailConfirmed(String learnerId, String email) {
		return replaceEmail(accounts.findByPublicId(learnerId).orElseThrow(AccountNotFound::new), email);
	}

	private Account replaceEmail(Account account, String email) {
		String address = email == null ? "" : email.strip();
		problemWithEmail(address).ifPresent(problem -> {
			throw new AccountRefused("email", problem);
		});
		account.changeEmail(address.isEmpty() ? null : address);
		return account;
	}

	/** What is wrong with an address typed, if anything; an empty one is none, which is allowed. */
	private static Optional<MessageSourceResolvable> problemWithEmail(String address) {
		return !address.isEmpty() && (address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches())
				? Optional.of(AccountWords.problem("account.problem.email", MAX_EMAIL))
				: Optional.empty();
	}

	/** Marks the account's address confirmed, when its link was opened. */
	@Transactional
	public Optional<Account> confirmEmail(String username) {
		Optional<Account> account = accounts.findByUsername(username);
		account.ifPresent(Account::confirmEmail);
		return account.filter(Account::emailConfirmed);
	}

	@Transactional(readOnly = true)
	public Optional<Account> account(String learnerId) {
		return accounts.findByPublicId(learnerId);
	}

	/** Sets an account's roles; LEARNER stays, whatever is asked. {@code actor} and {@code address} say who asked, for the log. */
	@Transactional
	public Account grant(String learnerId, Set<Role> roles, String actor, String address) {
		Account account = accounts.findByPublicId(learnerId).orElseThrow(AccountNotFound::new);
		Set<Role> before = account.roles();
		account.grant(roles);
		if (!before.equals(account.roles())) {
			securityEvents.record(SecurityEventEntry.of(SecurityEventKind.ROLES_CHANGED, Outcome.SUCCEEDED)
				.account(account.username(), account.publicId())
				.by(actor)
				.from(address)
				.saying("from " + before + " to " + account.roles()));
		}
		return account;
	}

	/**
	 * Deletes the account once the password proves it is its owner asking, and tells the other
	 * modules to delete what they keep about the learner, in the same transaction.
	 *
	 * @throws AccountRefused when the password is wrong
	 */
	@Transactional
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

	@Override
	@Transactional(readOnly = true)
	public void dataExported(LearnerId learnerId, String address) {
		securityEvents.record(SecurityEventEntry.of(SecurityEventKind.DATA_EXPORTED, Outcome.SUCCEEDED)
			.account(accounts.findByPublicId(learnerId.value()).map(Account::username).orElse(null), learnerId.value())
			.from(address));
	}

	/**
	 * Accounts in username order, a page at a time, with their roles (one query for all of them);
	 * with a search, only those whose username or display name contains it.
	 */
	@Transactional(readOnly = true)
	public Page<Account> page(String search, int number, int size) {
		PageRequest page = PageRequest.of(Math.max(0, number), size);
		String term = search == null ? "" : search.strip();
		return term.isEmpty() ? accounts.findAllByOrderByUsername(page)
				: accounts.findByUsernameContainingOrDisplayNameContainingIgnoreCaseOrderByUsername(
						term.toLowerCase(java.util.Locale.ROOT), term, page);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Profile> profile(LearnerId learnerId) {
		return accounts.findByPublicId(learnerId.value())
			.map(account -> new Profile(LearnerId.of(account.publicId()), account.username(), account.displayName(), account.roles(),
					account.createdAt()));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<LearnerId, String> displayNames(Collection<LearnerId> learnerIds) {
		if (learnerIds.isEmpty()) {
			return Map.of();
		}
		return byLearner(accounts.findNames(learnerIds.stream().map(LearnerId::value).collect(Collectors.toSet())));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<LearnerId, String> allDisplayNames() {
		return byLearner(accounts.findAllNames());
	}

	private static Map<LearnerId, String> byLearner(Collection<AccountRepository.Name> names) {
		return names.stream().collect(Collectors.toMap(name -> LearnerId.of(name.getPublicId()), AccountRepository.Name::getDisplayName));
	}
}
