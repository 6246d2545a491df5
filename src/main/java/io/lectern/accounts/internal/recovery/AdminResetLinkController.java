package io.lectern.accounts.internal.recovery;

import io.lectern.accounts.SignedIn;
import io.lectern.accounts.internal.Account;
import io.lectern.accounts.internal.AccountService;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A reset link an admin hands over in person, for a portal without mail or a learner without a
 * confirmed address (ADMIN only, by the security policy under {@code /admin}). Shown once, on the
 * page that answers the request, and recorded with the admin's name.
 */
@Controller
class AdminResetLinkController {

	private final AccountService accounts;
	private final HashedOneTimeTokens tokens;
	private final SecurityEventLog securityEvents;

	AdminResetLinkController(AccountService accounts, @Qualifier("passwordResetTokens") HashedOneTimeTokens tokens,
			SecurityEventLog securityEvents) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.securityEvents = securityEvents;
	}

	@PostMapping("/admin/users/{learnerId}/reset-link")
	String issueResetLink(@PathVariable String learnerId, @AuthenticationPrincipal SignedIn admin,
			HttpServletRequest request, Model model) {
		Account account = accounts.account(learnerId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "reason.noAccount"));
		OneTimeToken token = tokens.generate(new GenerateOneTimeTokenRequest(account.username(), RecoveryConfiguration.LINK_LIFETIME));
		securityEvents.record(SecurityEventEntry.of(SecurityEventKind.PASSWORD_RESET_LINK_ISSUED, Outcome.SUCCEEDED)
			.account(account.username(), account.publicId())
			.by(admin.getUsername())
			.from(request.getRemoteAddr()));
		model.addAttribute("account", account);
		// Shown to the admin, not mailed: the address the admin reached the portal at is the one to hand on.
		model.addAttribute("link", ServletUriComponentsBuilder.fromContextPath(request)
			.path("/login/reset")
			.queryParam("token", token.getTokenValue())
			.build()
			.toUriString());
		return "accounts/admin-reset-link";
	}
}
