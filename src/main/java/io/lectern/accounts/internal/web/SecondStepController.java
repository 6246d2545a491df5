package io.lectern.accounts.internal.web;

import io.lectern.accounts.internal.AccountWords;
import io.lectern.accounts.SignedIn;
import io.lectern.accounts.internal.AccountService;
import io.lectern.accounts.internal.LoginThrottle;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import io.lectern.accounts.internal.mfa.MultiFactor;
import io.lectern.accounts.internal.passkeys.Passkeys;
import io.lectern.accounts.internal.sessions.AccountSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of a login with two-step login on: a code from the app, or a recovery code; an
 * account with a passkey may use it instead ({@link PasskeyLogin} takes it). Only
 * a session whose password was right moments ago gets here; wrong codes count against the login
 * throttle of the name and address, as wrong passwords do, and lock the step the same way. The
 * login is made only when the code is right, under a new session id.
 */
@Controller
class SecondStepController {

	static final String PATH = PendingLogin.PATH;

	private final MultiFactor multiFactor;
	private final AccountWords words;
	private final Passkeys passkeys;
	private final AccountService accounts;
	private final LoginThrottle throttle;
	private final SecurityEventLog securityEvents;
	private final AccountSessions sessions;
	private final Clock clock;
	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SecondStepController(MultiFactor multiFactor, Passkeys passkeys, AccountService accounts, LoginThrottle throttle,
			SecurityEventLog securityEvents, AccountSessions sessions, Clock clock, AccountWords words) {
		this.words = words;
		this.multiFactor = multiFactor;
		this.passkeys = passkeys;
		this.accounts = accounts;
		this.throttle = throttle;
		this.securityEvents = securityEvents;
		this.sessions = sessions;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String showCodeForm(HttpServletRequest request, Model model) {
		return pending(request).map(login -> form(login, model)).orElse("redirect:/login?expired");
	}

	@PostMapping(PATH)
	String processCode(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<PendingLogin> found = pending(request);
		if (found.isEmpty()) {
			return "redirect:/login?expired";
		}
		PendingLogin login = found.get();
		String address = request.getRemoteAddr();
		SecurityEventEntry failure = SecurityEventEntry.of(SecurityEventKind.MFA_FAILED, Outcome.FAILED)
			.account(login.username(), login.learnerId())
			.from(address);
		Optional<Duration> locked = throttle.lockedFor(login.username(), address);
		if (locked.isPresent()) {
			long seconds = Math.max(1, locked.get().plusMillis(999).toSeconds());
			securityEvents.record(failure.ended(Outcome.REFUSED).saying("throttled for " + seconds + " s"));
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			long minutes = Math.max(1, (seconds + 59) / 60);
			model.addAttribute("problem", words.say("account.loginCode.problem.tooMany", minutes));
			return form(login, model);
		}
		MultiFactor.Check check = multiFactor.check(login.learnerId(), code);
		if (!check.passed()) {
			throttle.failed(login.username(), address);
			securityEvents.record(failure.saying(check == MultiFactor.Check.REPLAYED ? "code already used" : "wrong code"));
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			model.addAttribute("problem", check == MultiFactor.Check.REPLAYED
					? words.say("account.loginCode.problem.used") : words.say("account.loginCode.problem.wrong"));
			return form(login, model);
		}
		SignedIn user = accounts.account(login.learnerId()).orElseThrow().signedIn();
		user.eraseCredentials();
		request.getSession().removeAttribute(PendingLogin.ATTRIBUTE);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		throttle.succeeded(login.username());
		sessions.begin(user, request);
		if (check == MultiFactor.Check.RECOVERY_CODE) {
			securityEvents.record(SecurityEventEntry.of(SecurityEventKind.RECOVERY_CODE_USED, Outcome.SUCCEEDED)
				.account(user.getUsername(), user.learnerId().value())
				.from(address)
				.saying(multiFactor.recoveryCodesLeft(user.learnerId().value()) + " left"));
		}
		securityEvents.record(SecurityEventEntry.of(SecurityEventKind.LOGIN, Outcome.SUCCEEDED)
			.account(user.getUsername(), user.learnerId().value())
			.from(address)
			.saying(login.firstStep() + (check == MultiFactor.Check.CODE ? " and app code" : " and recovery code")));
		return "redirect:" + ReturnAddress.orHome(login.next());
	}

	/** The form, offering the account's second factors: a code from its app, its passkeys, or both. */
	private String form(PendingLogin login, Model model) {
		model.addAttribute("app", multiFactor.isOn(login.learnerId()));
		model.addAttribute("passkeys", passkeys.any(login.learnerId()));
		return "accounts/login-code";
	}

	/** The login waiting for its code in this session, if it has not expired; an expired one is dropped. */
	private Optional<PendingLogin> pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(PendingLogin.ATTRIBUTE) instanceof PendingLogin login)) {
			return Optional.empty();
		}
		if (login.expiredAt(clock.instant())) {
			session.removeAttribute(PendingLogin.ATTRIBUTE);
			return Optional.empty();
		}
		return Optional.of(login);
	}
}
