package io.lectern.accounts.internal.security;

import io.lectern.accounts.internal.AccountWords;
import io.lectern.accounts.SignedIn;
import io.lectern.accounts.internal.Account;
import io.lectern.accounts.internal.AccountService;
import io.lectern.accounts.internal.PasswordPolicy;
import io.lectern.accounts.internal.mfa.MultiFactor;
import io.lectern.accounts.internal.passkeys.Passkeys;
import io.lectern.accounts.internal.recovery.RecoveryMail;
import io.lectern.accounts.internal.sessions.AccountSession;
import io.lectern.accounts.internal.sessions.AccountSessions;
import io.lectern.accounts.internal.sessions.Device;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Account security" at {@code /me/security}: the password, two-step login, passkeys, the e-mail address,
 * and where the account is logged in.
 */
@Controller
class MySecurityPage {

	/** A session as its row in the list shows it. */
	record SessionRow(String id, String device, java.time.Instant lastSeen, String address, boolean current) {
	}

	private final AccountSessions sessions;
	private final AccountWords words;
	private final AccountService accounts;
	private final RecoveryMail mail;
	private final MultiFactor multiFactor;
	private final Passkeys passkeys;

	MySecurityPage(AccountSessions sessions, AccountService accounts, RecoveryMail mail, MultiFactor multiFactor,
			Passkeys passkeys, AccountWords words) {
		this.words = words;
		this.sessions = sessions;
		this.accounts = accounts;
		this.mail = mail;
		this.multiFactor = multiFactor;
		this.passkeys = passkeys;
	}

	@GetMapping("/me/security")
	String showSecurity(@AuthenticationPrincipal SignedIn user, HttpServletRequest request, Model model) {
		return page(user, request, model, Map.of());
	}

	/** The page, with the password form's problems by field (none when it was not sent or went through). */
	String page(SignedIn user, HttpServletRequest request, Model model, Map<String, String> problems) {
		Optional<String> current = sessions.current(request);
		model.addAttribute("user", user);
		Account account = accounts.account(user.learnerId().value()).orElseThrow();
		model.addAttribute("email", account.email().orElse(""));
		model.addAttribute("emailConfirmed", account.emailConfirmed());
		model.addAttribute("mail", mail.available());
		model.addAttribute("mfaOn", multiFactor.isOn(user.learnerId().value()));
		model.addAttribute("passkeyCount", passkeys.of(user.learnerId().value()).size());
		model.addAttribute("sessions", sessions.of(user.learnerId().value()).stream().map(session -> row(session, current)).toList());
		model.addAttribute("problems", problems);
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		model.addAttribute("maxLength", PasswordPolicy.MAX_LENGTH);
		return "accounts/security";
	}

	private SessionRow row(AccountSession session, Optional<String> current) {
		return new SessionRow(session.id(), device(session.device()), session.lastSeenAt(), session.address(),
				current.filter(session.id()::equals).isPresent());
	}

	/** The device as it was described when the session began ("Firefox on Linux"), in the reader's language. */
	private String device(String described) {
		return Device.parts(described)
			.map(parts -> parts.system().isEmpty() ? parts.browser() : words.say("account.sessions.deviceOn", parts.browser(), parts.system()))
			.orElseGet(() -> words.say("account.sessions.unknownDevice"));
	}
}
