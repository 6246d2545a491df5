package io.lectern.accounts.internal.web;

import io.lectern.accounts.SignedIn;
import io.lectern.accounts.internal.Account;
import io.lectern.accounts.internal.AccountService;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import io.lectern.accounts.internal.sessions.AccountSessions;
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
 * "Log out everywhere" for an account, from the admin's list (ADMIN only, by the security policy):
 * for a lost laptop or a learner who has left. Each of the account's sessions ends at its next request.
 */
@Controller
class AdminSessionsController {

	private final AccountService accounts;
	private final AccountSessions sessions;
	private final SecurityEventLog securityEvents;
	private final MessageSource messages;

	AdminSessionsController(AccountService accounts, AccountSessions sessions, SecurityEventLog securityEvents,
			MessageSource messages) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.securityEvents = securityEvents;
		this.messages = messages;
	}

	@PostMapping("/admin/users/{learnerId}/sessions/end")
	String processSessionsEnd(@PathVariable String learnerId, @AuthenticationPrincipal SignedIn admin,
			HttpServletRequest request, RedirectAttributes flash) {
		Account account = accounts.account(learnerId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "reason.noAccount"));
		int ended = sessions.endAll(learnerId);
		securityEvents.record(SecurityEventEntry.of(SecurityEventKind.SESSION_ENDED, Outcome.SUCCEEDED)
			.account(account.username(), learnerId)
			.by(admin.getUsername())
			.from(request.getRemoteAddr())
			.saying("every session (" + ended + ") ended by an admin"));
		flash.addFlashAttribute("saved", messages.getMessage("admin.users.sessionsEnded",
				new Object[] { account.username(), ended }, LocaleContextHolder.getLocale()));
		return "redirect:/admin/users?q=" + URLEncoder.encode(account.username(), StandardCharsets.UTF_8);
	}
}
