package io.lectern.accounts.internal.sessions;

import io.lectern.accounts.SignedIn;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "End this session" in the list on {@code /me/security}: the session's next request finds itself
 * logged out, on whichever instance it lands. Another account's session is, to this account, no
 * session at all (404).
 */
@Controller
class SessionEndController {

	private final AccountSessions sessions;
	private final SecurityEventLog securityEvents;

	SessionEndController(AccountSessions sessions, SecurityEventLog securityEvents) {
		this.sessions = sessions;
		this.securityEvents = securityEvents;
	}

	@PostMapping("/me/security/sessions/{sessionId}/end")
	String processSessionEnd(@PathVariable String sessionId, @AuthenticationPrincipal SignedIn user,
			HttpServletRequest request, RedirectAttributes flash) {
		if (!sessions.end(user.learnerId(), sessionId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such session.");
		}
		securityEvents.record(SecurityEventEntry.of(SecurityEventKind.SESSION_ENDED, Outcome.SUCCEEDED)
			.account(user.getUsername(), user.learnerId())
			.from(request.getRemoteAddr())
			.saying("from the list of sessions"));
		flash.addFlashAttribute("saved", "That session has ended: whoever used it must log in again.");
		return "redirect:/me/security";
	}
}
