package io.lectern.accounts.internal.security;

import io.lectern.accounts.internal.AccountWords;
import io.lectern.accounts.SignedIn;
import io.lectern.accounts.internal.AccountCredentials;
import io.lectern.accounts.internal.AccountRefused;
import io.lectern.accounts.internal.LoginThrottle;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import io.lectern.accounts.internal.sessions.AccountSessions;
import io.lectern.accounts.internal.sso.ProviderConfirmations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changes the password of the account logged in. The current password is asked for, so a session
 * left open cannot take the account over; wrong ones count against the login throttle, which a
 * guesser would otherwise get round here. Every other session of the account ends; this one goes on
 * under a new session id.
 */
@Controller
class PasswordChangeController {

	private final AccountCredentials accounts;
	private final AccountWords words;
	private final AccountSessions sessions;
	private final LoginThrottle throttle;
	private final SecurityEventLog securityEvents;
	private final MySecurityPage page;
	private final ProviderConfirmations confirmations;

	PasswordChangeController(AccountCredentials accounts, AccountSessions sessions, LoginThrottle throttle,
			SecurityEventLog securityEvents, MySecurityPage page, ProviderConfirmations confirmations, AccountWords words) {
		this.words = words;
		this.confirmations = confirmations;
		this.accounts = accounts;
		this.sessions = sessions;
		this.throttle = throttle;
		this.securityEvents = securityEvents;
		this.page = page;
	}

	@PostMapping("/me/security/password")
	String processPasswordChange(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmPassword,
			@AuthenticationPrincipal SignedIn user, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes flash) {
		String address = request.getRemoteAddr();
		SecurityEventEntry change = SecurityEventEntry.of(SecurityEventKind.PASSWORD_CHANGED, Outcome.SUCCEEDED)
			.account(user.getUsername(), user.learnerId().value())
			.from(address);
		// A recent login again at the account's provider stands in for the current password, which an
		// account that provider opened has never had.
		boolean confirmed = confirmations.recent(request, user.learnerId().value());
		Optional<Duration> locked = confirmed ? Optional.empty() : throttle.lockedFor(user.getUsername(), address);
		if (locked.isPresent()) {
			long minutes = Math.max(1, (locked.get().toSeconds() + 59) / 60);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, locked.get().toSeconds())));
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			securityEvents.record(change.ended(Outcome.REFUSED).saying("throttled"));
			return page.page(user, request, model, Map.of("currentPassword",
					words.say("account.problem.tooManyPasswords", minutes)));
		}
		if (!newPassword.equals(confirmPassword)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page.page(user, request, model,
					Map.of("confirmPassword", words.say("account.problem.newPasswordsDiffer")));
		}
		try {
			if (confirmed) {
				accounts.changePasswordConfirmed(user.learnerId().value(), newPassword);
			}
			else {
				accounts.changePassword(user.learnerId().value(), currentPassword, newPassword);
			}
		}
		catch (AccountRefused refused) {
			if (refused.problems().containsKey("currentPassword")) {
				throttle.failed(user.getUsername(), address);
				securityEvents.record(change.ended(Outcome.FAILED).saying("wrong current password"));
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page.page(user, request, model, words.say(refused.problems()));
		}
		String kept = sessions.current(request).orElse("");
		int ended = sessions.endOthers(user.learnerId().value(), kept);
		request.changeSessionId();
		securityEvents.record(change.saying("ended " + ended + " other " + (ended == 1 ? "session" : "sessions")));
		flash.addFlashAttribute("saved", words.say("account.password.saved", ended));
		return "redirect:/me/security";
	}
}
