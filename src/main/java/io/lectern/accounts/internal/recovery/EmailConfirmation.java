package io.lectern.accounts.internal.recovery;

import io.lectern.accounts.internal.Account;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.stereotype.Component;

/**
 * Asks for an account's new address to be confirmed: the links sent to an earlier one are withdrawn,
 * and, where the portal sends mail, a link to the new one is mailed, good once for 15 minutes.
 */
@Component
public class EmailConfirmation {

	private final HashedOneTimeTokens tokens;
	private final RecoveryMail mail;

	EmailConfirmation(@Qualifier("emailTokens") HashedOneTimeTokens tokens, RecoveryMail mail) {
		this.tokens = tokens;
		this.mail = mail;
	}

	/** Whether a link was mailed: not when the account has no address, nor where the portal sends no mail. */
	public boolean ask(Account account) {
		tokens.revokeAll(account.username());
		if (account.email().isEmpty() || !mail.available()) {
			return false;
		}
		OneTimeToken token = tokens.generate(new GenerateOneTimeTokenRequest(account.username(), RecoveryConfiguration.LINK_LIFETIME));
		mail.sendConfirmationLink(account, LocaleContextHolder.getLocale(), token.getTokenValue());
		return true;
	}
}
