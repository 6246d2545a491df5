package io.lectern.accounts.internal.security;

import io.lectern.accounts.SignedIn;
import io.lectern.accounts.internal.Account;
import io.lectern.accounts.internal.AccountService;
import io.lectern.accounts.internal.mfa.MultiFactor;
import io.lectern.accounts.internal.passkeys.Passkeys;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The way back for someone who lost both their authenticator app and their recovery codes (and any
 * passkey): an admin turns their two-step login off and removes their passkeys from the list of accounts (ADMIN only, by the security
 * policy), recorded with the admin's name. If their role requires it, they set it up again at their next login.
 */
@Controller
class AdminMfaResetController {

	private final AccountService accounts;
	private final MultiFactor multiFactor;
	private final Passkeys passkeys;
	private final MessageSource messages;

	AdminMfaResetController(AccountService accounts, MultiFactor multiFactor, Passkeys passkeys, MessageSource messages) {
		this.accounts = accounts;
		this.multiFactor = multiFactor;
		this.passkeys = passkeys;
		this.messages = messages;
	}

	@PostMapping("/admin/users/{learnerId}/mfa/reset")
	String processMfaReset(@PathVariable String learnerId, @AuthenticationPrincipal SignedIn admin,
			HttpServletRequest request, RedirectAttributes flash) {
		Account account = accounts.account(learnerId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "reason.noAccount"));
		boolean wasOn = multiFactor.remove(learnerId, account.username(), admin.getUsername(), request.getRemoteAddr());
		wasOn |= passkeys.removeAll(learnerId, account.username(), admin.getUsername(), request.getRemoteAddr()) > 0;
		flash.addFlashAttribute("saved", messages.getMessage(wasOn ? "admin.users.mfaReset" : "admin.users.mfaWasOff",
				new Object[] { account.username() }, LocaleContextHolder.getLocale()));
		return "redirect:/admin/users?q=" + URLEncoder.encode(account.username(), StandardCharsets.UTF_8);
	}
}
