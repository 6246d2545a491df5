package io.lectern.accounts.internal.recovery;

import io.lectern.accounts.internal.AccountWords;
import io.lectern.accounts.internal.Account;
import io.lectern.accounts.internal.AccountCredentials;
import io.lectern.accounts.internal.AccountRefused;
import io.lectern.accounts.internal.LoginThrottle;
import io.lectern.accounts.internal.PasswordPolicy;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page a reset link opens: a new password, typed twice. Opening the link uses nothing up (mail
 * scanners open links too); sending the form uses the token, once, and only after the new password
 * passes the policy, so a typing mistake does not cost the link. A reset ends every session of the
 * account, this browser's too, and clears the account's failed logins.
 */
@Controller
class PasswordResetController {

	/** The message for a link that is unknown, used or expired. */
	static final String EXPIRED = "account.reset.problem.expired";

	private final AccountCredentials accounts;
	private final AccountWords words;
	private final HashedOneTimeTokens tokens;
	private final LoginThrottle loginThrottle;
	private final SecurityEventLog securityEvents;

	PasswordResetController(AccountCredentials accounts, @Qualifier("passwordResetTokens") HashedOneTimeTokens tokens,
			LoginThrottle loginThrottle, SecurityEventLog securityEvents, AccountWords words) {
		this.words = words;
		this.accounts = accounts;
		this.tokens = tokens;
		this.loginThrottle = loginThrottle;
		this.securityEvents = securityEvents;
	}

	@GetMapping("/login/reset")
	String initResetForm(@RequestParam(defaultValue = "") String token, HttpServletResponse response, Model model) {
		if (!tokens.isValid(token)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, "", Map.of("token", words.say(EXPIRED)));
		}
		return form(model, token, Map.of());
	}

	@PostMapping("/login/reset")
	String processResetForm(@RequestParam(defaultValue = "") String token,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmPassword,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!newPassword.equals(confirmPassword)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, token, Map.of("confirmPassword", words.say("account.problem.passwordsDiffer")));
		}
		var problem = accounts.problemWithPassword(newPassword);
		if (problem.isPresent()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, token, Map.of("newPassword", words.say(problem.get())));
		}
		OneTimeToken used = tokens.consume(OneTimeTokenAuthenticationToken.unauthenticated(token));
		if (used == null) {
			securityEvents.record(SecurityEventEntry.of(SecurityEventKind.PASSWORD_RESET, Outcome.FAILED)
				.from(request.getRemoteAddr())
				.saying("unknown, used or expired link"));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, "", Map.of("token", words.say(EXPIRED)));
		}
		Account account;
		try {
			account = accounts.resetPassword(used.getUsername(), newPassword);
		}
		catch (AccountRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, "", words.say(refused.problems()));
		}
		loginThrottle.succeeded(account.username());
		securityEvents.record(SecurityEventEntry.of(SecurityEventKind.PASSWORD_RESET, Outcome.SUCCEEDED)
			.account(account.username(), account.publicId())
			.from(request.getRemoteAddr())
			.saying("every session ended"));
		new SecurityContextLogoutHandler().logout(request, response, null);
		return "redirect:/login?reset";
	}

	private static String form(Model model, String token, Map<String, String> problems) {
		model.addAttribute("token", token);
		model.addAttribute("problems", problems);
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		model.addAttribute("maxLength", PasswordPolicy.MAX_LENGTH);
		return "accounts/reset";
	}
}
