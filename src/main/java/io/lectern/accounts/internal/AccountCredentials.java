package io.lectern.accounts.internal;

import io.lectern.accounts.internal.sessions.AccountSessions;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSourceResolvable;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's password and e-mail address: changing them, resetting the password and finding the
 * accounts a reset may go to. Kept apart from opening and administering accounts because these are
 * the owner's own proofs of who they are, each guarded by the current password, a provider's fresh
 * login or a reset link, and the address is one of them, since it can reset the password.
 */
@Service
public class AccountCredentials {

	static final int MAX_EMAIL = 254;

	/** Something, an @, and a domain with a dot: whether it is real is for the confirmation link to show. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

	private final AccountRepository accounts;
	private final PasswordPolicy policy;
	private final PasswordEncoder encoder;
	private final AccountSessions sessions;

	AccountCredentials(AccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder, AccountSessions sessions) {
		this.accounts = accounts;
		this.policy = policy;
		this.encoder = encoder;
		this.sessions = sessions;
	}

	/**
	 * Replaces the password once the current one proves it is the owner asking; the new one must
	 * pass the same policy as at registration.
	 *
	 * @throws AccountRefused naming {@code currentPassword} or {@code newPassword}
	 */
	@Transactional
	public Account changePassword(String learnerId, String currentPassword, String newPassword) {
		return replacePassword(provenOwner(learnerId, currentPassword), newPassword);
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

	/** The account, once its current password proves it is the owner asking for a change. */
	private Account provenOwner(String learnerId, String currentPassword) {
		Account account = accounts.findByPublicId(learnerId).orElseThrow(AccountNotFound::new);
		if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
			throw new AccountRefused("currentPassword", AccountWords.problem("account.problem.wrongCurrentPassword"));
		}
		return account;
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
		Account account = replacePassword(accounts.findByUsername(username).orElseThrow(AccountNotFound::new), newPassword);
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
		return replaceEmail(provenOwner(learnerId, currentPassword), email);
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
	static Optional<MessageSourceResolvable> problemWithEmail(String address) {
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
}
