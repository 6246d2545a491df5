package io.lectern.accounts.internal.recovery;

import io.lectern.accounts.internal.AccountWords;
import io.lectern.accounts.SignedIn;
import io.lectern.accounts.internal.Account;
import io.lectern.accounts.internal.AccountCredentials;
import io.lectern.accounts.internal.AccountRefused;
import io.lectern.accounts.internal.LoginThrottle;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import io.lectern.accounts.internal.sso.ProviderConfirmations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account's e-mail address: set or removed on {@code /me/security} with the current password
 * (wrong ones count against the login throttle), confirmed by the link mailed to it. A new address
 * withdraws the links sent to the old one. The link opens a page with a button,
 * so a mail scanner that opens it confirms nothing.
 */
@Controller
class EmailController {

	private final AccountCredentials accounts;
	private final AccountWords words;
	private final HashedOneTimeTokens tokens;
	private final EmailConfirmation confirmation;
	private final SecurityEventLog securityEvents;
	private final LoginThrottle throttle;
	private final ProviderConfirmations providerConfirmations;

	EmailController(AccountCredentials accounts, @Qualifier("emailTokens") HashedOneTimeTokens tokens,
			EmailConfirmation confirmation, SecurityEventLog securityEvents, LoginThrottle throttle,
			ProviderConfirmations providerConfirmations, AccountWords words) {
		this.words = words;
		this.providerConfirmations = providerConfirmations;
		this.accounts = accounts;
		this.tokens = tokens;
		this.confirmation = confirmation;
		this.securityEvents = securityEvents;
		this.throttle = throttle;
	}

	@PostMapping("/me/security/email")
	String processEmail(@RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String currentPassword, @AuthenticationPrincipal SignedIn user,
			HttpServletRequest request, RedirectAttributes flash) {
		String address = request.getRemoteAddr();
		boolean confirmed = providerConfirmations.recent(request, user.learnerId().value());
		Optional<Duration> locked = confirmed ? Optional.empty() : throttle.lockedFor(user.getUsername(), address);
		if (locked.isPresent()) {
			flash.addFlashAttribute("emailProblem",
					words.say("account.problem.tooManyPasswords", Math.max(1, (locked.get().toSeconds() + 59) / 60)));
			return "redirect:/me/security";
		}
		Account account;
		try {
			account = confirmed ? accounts.changeEmailConfirmed(user.learnerId().value(), email)
					: accounts.changeEmail(user.learnerId().value(), currentPassword, email);
		}
		catch (AccountRefused refused) {
			if (refused.problems().containsKey("currentPassword")) {
				throttle.failed(user.getUsername(), address);
				securityEvents.record(SecurityEventEntry.of(SecurityEventKind.EMAIL_CHANGED, Outcome.FAILED)
					.account(user.getUsername(), user.learnerId().value())
					.from(address)
					.saying("wrong current password"));
			}
			flash.addFlashAttribute("emailProblem", words.say(refused.problems().values().iterator().next()));
			flash.addFlashAttribute("typedEmail", email.length() > 254 ? email.substring(0, 254) : email);
			return "redirect:/me/security";
		}
		boolean sent = confirmation.ask(account);
		securityEvents.record(SecurityEventEntry.of(SecurityEventKind.EMAIL_CHANGED, Outcome.SUCCEEDED)
			.account(account.username(), account.publicId())
			.from(address)
			.saying(account.email().isPresent() ? "unconfirmed" : "removed"));
		if (account.email().isEmpty()) {
			flash.addFlashAttribute("saved", words.say("account.email.saved.removed"));
		}
		else if (sent) {
			flash.addFlashAttribute("saved", words.say("account.email.saved.sent", account.email().get()));
		}
		else {
			flash.addFlashAttribute("saved", words.say("account.email.saved.noMail"));
		}
		return "redirect:/me/security";
	}

	@GetMapping("/email/confirm")
	String initConfirmation(@RequestParam(defaultValue = "") String token, HttpServletResponse response, Model model) {
		boolean valid = tokens.isValid(token);
		if (!valid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("token", valid ? token : "");
		model.addAttribute("problem", valid ? null : words.say(PasswordResetController.EXPIRED));
		return "accounts/email-confirm";
	}

	@PostMapping("/email/confirm")
	String processConfirmation(@RequestParam(defaultValue = "") String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		OneTimeToken used = tokens.consume(OneTimeTokenAuthenticationToken.unauthenticated(token));
		Optional<Account> confirmed = used == null ? Optional.empty() : accounts.confirmEmail(used.getUsername());
		if (confirmed.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("token", "");
			model.addAttribute("problem", words.say(PasswordResetController.EXPIRED));
			return "accounts/email-confirm";
		}
		securityEvents.record(SecurityEventEntry.of(SecurityEventKind.EMAIL_CONFIRMED, Outcome.SUCCEEDED)
			.account(confirmed.get().username(), confirmed.get().publicId())
			.from(request.getRemoteAddr()));
		model.addAttribute("token", "");
		model.addAttribute("confirmed", confirmed.get().email().orElseThrow());
		return "accounts/email-confirm";
	}
}
