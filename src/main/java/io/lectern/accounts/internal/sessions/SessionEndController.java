package io.lectern.accounts.internal.sessions;

import io.lectern.accounts.internal.AccountWords;
import io.lectern.accounts.SignedIn;
import io.lectern.accounts.internal.AccountCredentials;
import io.lectern.accounts.internal.LoginThrottle;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import io.lectern.accounts.internal.sso.ProviderConfirmations;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "End the chosen sessions" in the list on {@code /me/security}, confirmed with the current password
 * (ASVS asks to authenticate again first; wrong ones count against the login throttle). Each session
 * ended finds itself logged out at its next request on this instance, and within
 * {@code lectern.sessions.checked-every} on any other ({@link ConfirmedSessions}). Another
 * account's session is, to this account, no session at all (404).
 */
@Controller
class SessionEndController {

	private final AccountCredentials accounts;
	private final AccountWords words;
	private final AccountSessions sessions;
	private final LoginThrottle throttle;
	private final SecurityEventLog securityEvents;
	private final ProviderConfirmations confirmations;

	SessionEndController(AccountCredentials accounts, AccountSessions sessions, LoginThrottle throttle,
			SecurityEventLog securityEvents, ProviderConfirmations confirmations, AccountWords words) {
		this.words = words;
		this.confirmations = confirmations;
		this.accounts = accounts;
		this.sessions = sessions;
		this.throttle = throttle;
		this.securityEvents = securityEvents;
	}

	@PostMapping("/me/security/sessions/end")
	String processSessionsEnd(@RequestParam(name = "session", required = false) List<String> chosen,
			@RequestParam(defaultValue = "") String currentPassword, @AuthenticationPrincipal SignedIn user,
			HttpServletRequest request, RedirectAttributes flash) {
		String address = request.getRemoteAddr();
		if (chosen == null || chosen.isEmpty()) {
			flash.addFlashAttribute("sessionsProblem", words.say("account.sessions.problem.none"));
			return "redirect:/me/security";
		}
		boolean confirmed = confirmations.recent(request, user.learnerId().value());
		Optional<Duration> locked = confirmed ? Optional.empty() : throttle.lockedFor(user.getUsername(), address);
		if (locked.isPresent()) {
			flash.addFlashAttribute("sessionsProblem",
					words.say("account.problem.tooManyPasswords", Math.max(1, (locked.get().toSeconds() + 59) / 60)));
			return "redirect:/me/security";
		}
		if (!confirmed && !accounts.isPasswordOf(user.learnerId().value(), currentPassword)) {
			throttle.failed(user.getUsername(), address);
			securityEvents.record(SecurityEventEntry.of(SecurityEventKind.SESSION_ENDED, Outcome.FAILED)
				.account(user.getUsername(), user.learnerId().value())
				.from(address)
				.saying("wrong current password"));
			flash.addFlashAttribute("sessionsProblem", words.say("account.sessions.problem.password"));
			return "redirect:/me/security";
		}
		long ended = chosen.stream().distinct().filter(id -> sessions.end(user.learnerId().value(), id)).count();
		if (ended == 0) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "reason.noSession");
		}
		securityEvents.record(SecurityEventEntry.of(SecurityEventKind.SESSION_ENDED, Outcome.SUCCEEDED)
			.account(user.getUsername(), user.learnerId().value())
			.from(address)
			.saying(ended + " from the list of sessions"));
		flash.addFlashAttribute("saved", words.say("account.sessions.saved", ended));
		return "redirect:/me/security";
	}
}
