package io.lectern.accounts.internal.web;

import io.lectern.accounts.internal.AccountWords;
import io.lectern.accounts.SignedIn;
import io.lectern.accounts.internal.Account;
import io.lectern.accounts.internal.AccountRefused;
import io.lectern.accounts.internal.AccountService;
import io.lectern.accounts.internal.PasswordPolicy;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import io.lectern.accounts.internal.recovery.EmailConfirmation;
import io.lectern.accounts.internal.sessions.AccountSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Opens an account and logs its owner in at once. An e-mail address is optional; given, it waits
 * unconfirmed for the link mailed to it, as one added later on {@code /me/security} does.
 */
@Controller
class RegistrationController {

	private final AccountService accounts;
	private final AccountWords words;
	private final SecurityEventLog securityEvents;
	private final AccountSessions accountSessions;
	private final EmailConfirmation emailConfirmation;
	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	RegistrationController(AccountService accounts, SecurityEventLog securityEvents, AccountSessions accountSessions,
			EmailConfirmation emailConfirmation, AccountWords words) {
		this.words = words;
		this.accounts = accounts;
		this.securityEvents = securityEvents;
		this.accountSessions = accountSessions;
		this.emailConfirmation = emailConfirmation;
	}

	@GetMapping("/register")
	String initRegistrationForm(@RequestParam(name = ReturnAddress.PARAMETER, required = false) String next,
			Model model) {
		return form(model, "", "", "", next, Map.of());
	}

	@PostMapping("/register")
	String processRegistrationForm(@RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmPassword, @RequestParam(defaultValue = "") String email,
			@RequestParam(name = ReturnAddress.PARAMETER, required = false) String next, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String typedEmail = email.length() > 254 ? email.substring(0, 254) : email;
		if (!password.equals(confirmPassword)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, displayName, username, typedEmail, next,
					Map.of("confirmPassword", words.say("account.problem.passwordsDiffer")));
		}
		Account account;
		try {
			account = accounts.register(username, displayName, password, email);
		}
		catch (AccountRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, displayName, username, typedEmail, next, words.say(refused.problems()));
		}
		securityEvents.record(SecurityEventEntry.of(SecurityEventKind.REGISTRATION, Outcome.SUCCEEDED)
			.account(account.username(), account.publicId())
			.from(request.getRemoteAddr())
			.saying(account.email().isPresent() ? "with an e-mail address, unconfirmed" : null));
		// The address is used for nothing until the link mailed to it is opened.
		emailConfirmation.ask(account);
		logIn(account, request, response);
		return "redirect:" + ReturnAddress.orHome(next);
	}

	private void logIn(Account account, HttpServletRequest request, HttpServletResponse response) {
		SignedIn user = account.signedIn();
		user.eraseCredentials();
		if (request.getSession(false) != null) {
			// A new identity gets a new session id, as at login: a planted id would now be worth nothing.
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		sessions.saveContext(context, request, response);
		accountSessions.begin(user, request);
	}

	private static String form(Model model, String displayName, String username, String email, String next,
			Map<String, String> problems) {
		model.addAttribute("displayName", displayName);
		model.addAttribute("username", username);
		model.addAttribute("email", email);
		model.addAttribute("next", ReturnAddress.of(next).orElse(""));
		model.addAttribute("problems", problems);
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		model.addAttribute("maxLength", PasswordPolicy.MAX_LENGTH);
		return "accounts/register";
	}
}
