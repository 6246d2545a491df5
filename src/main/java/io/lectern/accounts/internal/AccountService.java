package io.lectern.accounts.internal;

import io.lectern.accounts.Accounts;
import io.lectern.accounts.LearnerId;
import io.lectern.accounts.Role;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSourceResolvable;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens accounts, changes their roles and reads them for the admin pages and the other modules,
 * each in one transaction. The owner's password and address are {@link AccountCredentials}'; the
 * account's deletion is {@link AccountDeletion}'s.
 */
@Service
public class AccountService implements Accounts {

	static final int MAX_DISPLAY_NAME = 80;

	private final AccountRepository accounts;
	private final PasswordPolicy policy;
	private final PasswordEncoder encoder;
	private final SecurityEventLog securityEvents;
	private final Clock clock;

	AccountService(AccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder,
			SecurityEventLog securityEvents, Clock clock) {
		this.accounts = accounts;
		this.policy = policy;
		this.encoder = encoder;
		this.securityEvents = securityEvents;
		this.clock = clock;
	}

	/**
	 * Opens a learner account.
	 *
	 * @throws AccountRefused naming each field that breaks a rule, or a username that is taken
	 */
	public Account register(String username, String displayName, String password) {
		return register(username, displayName, password, "");
	}

	/**
	 * Opens a learner account with an e-mail address, unconfirmed, or none when blank. The password
	 * is hashed outside any transaction, which only the save takes: a registration waiting its turn
	 * to hash (see {@link BoundedPasswordHashing}) holds no database connection meanwhile, so a class
	 * registering at once cannot take every connection from the pages being read.
	 *
	 * @throws AccountRefused naming each field that breaks a rule, or a username that is taken
	 */
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
		AccountCredentials.problemWithEmail(address).ifPresent(problem -> problems.put("email", problem));
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
